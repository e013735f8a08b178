package io.comptoir.app.testing;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.testkit.TestDatabase;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Takes screenshots of the back-office pages on the test catalogue, for a person to look at:
 * {@code java -cp <test class path> io.comptoir.app.testing.BackOfficeScreens /tmp/screens [width]}.
 */
public final class BackOfficeScreens {

    private BackOfficeScreens() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/screens");
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        Files.createDirectories(out);
        try (TestDatabase database = TestDatabase.h2(); BackOfficeMarket market = BackOfficeMarket.start(database)) {
            TestCatalogue c = market.catalogue;
            Account staff = market.staffOf("Camille Martin", c.martin, c.training);
            Account admin = market.admin("Équipe territoire");
            Account shopper = market.shopper("Dominique Lefebvre");
            CustomerOrder first = market.order(shopper, BackOfficeMarket.card(), Map.of(c.boots.variants().get(0), 1, c.derby.variants().get(0), 1));
            market.order(shopper, BackOfficeMarket.payAtPickup(), Map.of(c.scriptProduct.variants().get(0), 1));
            MerchantOrder part = BackOfficeMarket.partOf(first, c.martin);
            for (int i = 0; i < 5; i++) {
                market.get("/?v=" + i);
            }
            Session staffSession = market.session(staff);
            Session adminSession = market.session(admin);
            String shop = "/espace-commercant/" + c.martin.id();
            List<String[]> pages = List.of(
                    new String[]{"shop-chooser", "/espace-commercant"},
                    new String[]{"shop-dashboard", shop},
                    new String[]{"shop-orders", shop + "/commandes"},
                    new String[]{"shop-order", shop + "/commandes/" + part.id()},
                    new String[]{"shop-products", shop + "/produits"},
                    new String[]{"shop-product", shop + "/produits/" + c.boots.id()},
                    new String[]{"shop-product-new", shop + "/produits/nouveau"},
                    new String[]{"shop-profile", shop + "/profil"},
                    new String[]{"shop-fulfilment", shop + "/retrait-livraison"},
                    new String[]{"shop-bank", shop + "/banque"},
                    new String[]{"onboarding-dashboard", "/espace-commercant/" + c.training.id()});
            List<String[]> adminPages = List.of(
                    new String[]{"admin-dashboard", "/admin"},
                    new String[]{"admin-shops", "/admin/boutiques"},
                    new String[]{"admin-shop", "/admin/boutiques/" + c.training.id()},
                    new String[]{"admin-accounts", "/admin/comptes"},
                    new String[]{"admin-account", "/admin/comptes/" + staff.id()},
                    new String[]{"admin-orders", "/admin/commandes"},
                    new String[]{"admin-order", "/admin/commandes/" + part.id()},
                    new String[]{"admin-mail", "/admin/courriels"});
            ChromeOptions options = new ChromeOptions();
            options.setBinary(new File("/usr/bin/chromium"));
            Path profile = Files.createTempDirectory("comptoir-chromium-");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--lang=fr-FR", "--window-size=" + width + ",1000", "--hide-scrollbars");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                shoot(browser, market, staffSession, pages, out, width);
                shoot(browser, market, adminSession, adminPages, out, width);
            }
            finally {
                browser.quit();
            }
        }
    }

    private static void shoot(ChromeDriver browser, BackOfficeMarket market, Session session, List<String[]> pages, Path out, int width)
            throws Exception {
        browser.get(market.uri("/robots.txt").toString());
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie("comptoir_session", session.token(), "/"));
        browser.manage().addCookie(new Cookie("lang", System.getProperty("lang", "fr"), "/"));
        for (String[] page : pages) {
            browser.get(market.uri(page[1]).toString());
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, (int) Math.min(height + 20, 6000)));
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), out.resolve(page[0] + "-" + width + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
        }
    }
}

package io.comptoir.app.testing;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

/** Takes screenshots of the shopping pages for a person to look at: {@code java -cp <test class path> ...Screenshots /tmp/shots}. */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/shots");
        Files.createDirectories(out);
        TestDatabase database = TestDatabase.h2();
        TestMarketplace market = TestMarketplace.startWithHttpWebhooks(database);
        TestCatalogue c = market.catalogue;
        market.engine.merchants().updateFulfilment(c.rucher.id(), new FulfilmentOptions(true, Optional.of(new LocalDelivery(Money.euros(490),
                Set.of(TestCatalogue.ARQUES, TestCatalogue.SAINT_OMER, TestCatalogue.LONGUENESSE), Optional.of(Money.euros(4000))))), TestCatalogue.ADMIN);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=fr-FR",
                "--window-size=1280,2000", "--user-data-dir=" + Files.createTempDirectory("shots-"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
        try {
            String base = "http://localhost:" + market.app.port();
            shoot(browser, base + "/connexion?lang=fr", out, "signin", 1100);
            shoot(browser, base + "/inscription", out, "register", 1300);
            browser.findElement(By.id("f-displayName")).sendKeys("Camille Dupont");
            browser.findElement(By.id("f-email")).sendKeys("camille@exemple.fr");
            browser.findElement(By.id("f-password")).sendKeys("court");
            browser.findElement(By.id("f-passwordConfirm")).sendKeys("autre");
            browser.findElement(By.cssSelector("form[action='/inscription'] button")).click();
            save(browser, out, "register-errors", 1300);
            browser.findElement(By.id("f-password")).sendKeys("marais-audomarois-2026");
            browser.findElement(By.id("f-passwordConfirm")).sendKeys("marais-audomarois-2026");
            browser.findElement(By.cssSelector("form[action='/inscription'] button")).click();
            shoot(browser, base + "/produits/" + c.boots.id().value(), out, "product", 1500);
            browser.findElement(By.cssSelector(".add-to-cart button")).click();
            shoot(browser, base + "/produits/" + c.honeyJar.id().value(), out, "product-single", 1500);
            browser.findElement(By.id("add-quantity")).clear();
            browser.findElement(By.id("add-quantity")).sendKeys("2");
            browser.findElement(By.cssSelector(".add-to-cart button")).click();
            save(browser, out, "cart-added", 1400);
            shoot(browser, base + "/produits/" + c.scriptProduct.id().value(), out, "product-script", 1300);
            browser.findElement(By.cssSelector(".add-to-cart button")).click();
            market.engine.catalogue().setStock(c.boots.variants().get(0).id(), 0, TestCatalogue.ADMIN);
            shoot(browser, base + "/", out, "home-notices", 900);
            shoot(browser, base + "/commande", out, "checkout", 2600);
            browser.findElement(By.id("deliver-" + c.rucher.id().value())).click();
            browser.findElement(By.cssSelector("button[value=update]")).click();
            save(browser, out, "checkout-delivery", 2800);
            browser.findElement(By.cssSelector("button[value=pay]")).click();
            save(browser, out, "checkout-errors", 2800);
            browser.findElement(By.id("collect-" + c.rucher.id().value())).click();
            browser.findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
            browser.findElement(By.id("card-expiry")).sendKeys("12/30");
            browser.findElement(By.id("card-cvc")).sendKeys("123");
            browser.findElement(By.cssSelector("button[value=pay]")).click();
            save(browser, out, "order-pending", 1600);
            Thread.sleep(3_000);
            save(browser, out, "order-placed", 2000);
            shoot(browser, base + "/mes-commandes", out, "orders", 2200);
            shoot(browser, base + "/mon-compte", out, "account", 1200);
            shoot(browser, base + "/panier", out, "cart-empty", 1000);
            browser.manage().window().setSize(new Dimension(390, 2400));
            shoot(browser, base + "/mes-commandes", out, "orders-mobile", 2400);
            shoot(browser, base + "/produits/" + c.derby.id().value(), out, "product-mobile", 2000);
            browser.findElement(By.cssSelector(".add-to-cart button")).click();
            save(browser, out, "cart-mobile", 1600);
            shoot(browser, base + "/commande", out, "checkout-mobile", 3200);
        }
        finally {
            browser.quit();
            market.close();
            database.close();
        }
    }

    private static void shoot(WebDriver browser, String url, Path out, String name, int height) throws Exception {
        browser.get(url);
        save(browser, out, name, height);
    }

    private static void save(WebDriver browser, Path out, String name, int height) throws Exception {
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), height));
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

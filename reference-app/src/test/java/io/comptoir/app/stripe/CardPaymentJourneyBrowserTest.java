package io.comptoir.app.stripe;

import io.comptoir.app.Features;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.testing.Buttons;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.core.BuiltInPaymentProvider;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in a real browser, no JavaScript on our side, against the fake Stripe server (it speaks
 * Stripe's documented protocol and serves plain HTML stand-ins for Stripe's hosted pages; it is not Stripe): two shops
 * connect their Stripe accounts from their back-office through the onboarding page; a shopper pays a two-shop basket by
 * card on the Checkout page and is sent back to the order; each shop accepts and hands over its part, and sees it captured,
 * then transferred; the territory's report balances to the cent. Stripe's webhooks reach the app over HTTP.
 */
final class CardPaymentJourneyBrowserTest {
    /**
     * The marketplace on the fake Stripe's host (another port): the fake's hosted pages are forms answered by a 303 to the
     * marketplace, and a browser may not send a SameSite=Lax session cookie on a redirect that a POST of another site
     * started; Stripe's real pages go back by a plain GET navigation, which carries it.
     */
    private static final String SITE = "http://127.0.0.1:";
    private static TestDatabase database;
    private static FakeStripe stripe;
    private static Engine engine;
    private static MarketplaceApp app;
    private static TestCatalogue c;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        stripe = FakeStripe.start(CardPaymentsPagesTest.SECRET_KEY, CardPaymentsPagesTest.WEBHOOK_SECRET, Clock.systemUTC());
        int port = TestMarketplace.freePort();
        engine = Engine.builder().builtInPaymentProviders(BuiltInPaymentProvider.PAY_AT_PICKUP).dataSource(database.dataSource())
                .assetDirectory(Files.createTempDirectory("comptoir-assets-"))
                .property("accounts.argon2-memory-kib", "1024").property("accounts.argon2-iterations", "1")
                .property("stripe.secret-key", CardPaymentsPagesTest.SECRET_KEY).property("stripe.webhook-secret", CardPaymentsPagesTest.WEBHOOK_SECRET)
                .property("stripe.api-base", stripe.apiBase()).property("stripe.commission-percent", "2.5")
                .properties(new StripeFeature().engineProperties(SITE + port))
                .plugins(List.of(TestPlugins.allBut("training"))).build();
        engine.awaitSearchReady(Duration.ofSeconds(30));
        c = TestCatalogue.create(engine);
        app = MarketplaceApp.create(Marketplace.of(engine), io.comptoir.app.territory.TerritoryReader.shippedDefault(), Optional.empty(), Set.of(),
                MarketplaceApp.DEFAULT_HTTP_THREADS, Features.all())
                .start(port);
        stripe.webhooks().sendTo(CardPaymentsPagesTest.webhookRoute(URI.create(SITE + port)));
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.stop();
        }
        if (engine != null) {
            engine.close();
        }
        if (stripe != null) {
            stripe.close();
            database.close();
        }
    }

    private static String url(String path) {
        return SITE + app.port() + path;
    }

    /** The browser becomes this account's (its session cookie only). */
    private static void signedInAs(Account account) {
        browser.get(url("/?lang=fr"));
        browser.manage().deleteAllCookies();
        // headless Chromium asks for English whatever its --lang: the language is the site's cookie, as a visitor's choice
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
        browser.manage().addCookie(new Cookie("comptoir_session", engine.sessions().open(account.id()).token(), "/"));
    }

    private static Account staffOf(Merchant shop, String name) {
        Account account = engine.accounts().register(name.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.org", "correct horse battery staple", name);
        return engine.accounts().grant(account.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), TestCatalogue.ADMIN);
    }

    private static void connect(Merchant shop, Account staff) {
        signedInAs(staff);
        browser.get(url("/espace-commercant/" + shop.id() + "/paiements-carte"));
        browser.findElement(By.cssSelector("form[action$='/connecter'] button")).click();
        arrivedAt(stripe.apiBase());
        browser.findElement(By.id("submit")).click();
        arrivedAt(url("/espace-commercant/" + shop.id() + "/paiements-carte?ok=stripe-refreshed"));
        assertThat(chromium.text("[data-state=ready]")).isEqualTo("proposé à vos clients");
    }

    /** Waits for the page a click leads to (another site's, here, where the shared wait does not follow). */
    private static void arrivedAt(String prefix) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "waiting for " + prefix + ", at " + browser.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().startsWith(prefix)
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static String stageOf(String orderNumber) {
        browser.navigate().refresh();
        return browser.findElement(By.cssSelector("#card-parts tr[data-order='" + orderNumber + "']")).getAttribute("data-stage");
    }

    private static void act(Merchant shop, MerchantOrder part, String label) {
        browser.get(url("/espace-commercant/" + shop.id() + "/commandes/" + part.id()));
        WebElement button = browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
        button.click();
        Buttons.awaitReplaced(browser, button, Duration.ofSeconds(30));
        arrivedAt(url("/espace-commercant/" + shop.id() + "/commandes/" + part.id()));
    }

    @Test
    void aShopperPaysATwoShopBasketByCardAndEachShopSeesItsPartCapturedThenTransferred() {
        Account martin = staffOf(c.martin, "Camille Martin");
        Account rucher = staffOf(c.rucher, "Paul Rucher");
        connect(c.martin, martin);
        connect(c.rucher, rucher);

        Account shopper = engine.accounts().register("camille.carte@exemple.fr", "marais-audomarois-2026", "Camille Carte");
        signedInAs(shopper);
        // the basket (the shopping journey itself is CheckoutJourneyBrowserTest's)
        engine.carts().add(CartOwner.shopper(shopper.id()), c.honeyJar.variants().get(0).id(), 2);
        engine.carts().add(CartOwner.shopper(shopper.id()), c.derby.variants().get(0).id(), 1);
        browser.get(url("/commande"));
        browser.findElement(By.id("tender-stripe")).click();
        WebElement pay = browser.findElement(By.cssSelector("button[value=pay]"));
        pay.click();
        Buttons.awaitReplaced(browser, pay, Duration.ofSeconds(30));

        // Stripe's Checkout page (the fake's stand-in): the card is typed there, never on the marketplace
        arrivedAt(stripe.apiBase());
        browser.findElement(By.id("card")).sendKeys(FakeStripe.PAYING_CARD);
        browser.findElement(By.id("pay")).click();
        arrivedAt(url("/commandes/"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Merci, votre commande est enregistrée !"));
        CustomerOrder order = engine.orders().customerOrdersOf(shopper.id(), 0, 1).get(0);

        for (Merchant shop : List.of(c.martin, c.rucher)) {
            Account staff = shop == c.martin ? martin : rucher;
            MerchantOrder part = order.merchantOrders().stream().filter(p -> p.merchantId().equals(shop.id())).findFirst().orElseThrow();
            signedInAs(staff);
            act(shop, part, "Accepter la commande");
        }
        for (Merchant shop : List.of(c.martin, c.rucher)) {
            Account staff = shop == c.martin ? martin : rucher;
            MerchantOrder part = order.merchantOrders().stream().filter(p -> p.merchantId().equals(shop.id())).findFirst().orElseThrow();
            signedInAs(staff);
            browser.get(url("/espace-commercant/" + shop.id() + "/paiements-carte"));
            assertThat(stageOf(order.number())).isEqualTo("captured");
            act(shop, part, "Marquer prête à retirer");
            act(shop, part, "Marquer retirée par le client");
            browser.get(url("/espace-commercant/" + shop.id() + "/paiements-carte"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> stageOf(order.number()).equals("transferred"));
        }

        Account admin = engine.accounts().grant(engine.accounts().register("alice.admin@example.org", "correct horse battery staple",
                "Alice Admin").id(), RoleGrant.of(Role.TERRITORY_ADMIN), TestCatalogue.ADMIN);
        signedInAs(admin);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        browser.get(url("/admin/paiements-carte?du=" + today.minusDays(1) + "&au=" + today.plusDays(1)));
        // 116,00 € captured; 2,5 % of each shop's part, rounded down in its favour: 2,47 € + 0,42 €; the rest transferred
        assertThat(chromium.texts("#card-report-total td")).containsExactly("116,00 €", "0,00 €", "2,89 €", "113,11 €", "0,00 €");
        long transferredAtStripe = stripe.objects("transfer").stream().mapToLong(t -> ((Number) t.get("amount")).longValue()).sum();
        assertThat(transferredAtStripe).isEqualTo(11_311);
    }
}

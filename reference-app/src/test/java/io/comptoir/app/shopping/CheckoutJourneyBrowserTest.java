package io.comptoir.app.shopping;

import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's purchase in a real browser, without any JavaScript on our side: search, add from two shops, sign up on
 * the way to checkout (the guest cart follows), click &amp; collect, pay with the sandbox card — whose signed webhook
 * reaches the app over HTTP while the order page refreshes itself — then follow the order while each shop moves its
 * part to collected. The shops' moves are made here through the engine's {@code Orders} service, as their staff's
 * back-office does; the back-office pages are tested on their own.
 */
final class CheckoutJourneyBrowserTest {

    private static TestDatabase database;
    private static TestMarketplace market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = TestMarketplace.startWithHttpWebhooks(database);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (market != null) {
            market.close();
            database.close();
        }
    }

    private static String text(String css) {
        return chromium.text(css);
    }

    private static List<String> texts(String css) {
        return chromium.texts(css);
    }

    @Test
    void aShopperSearchesBuysFromTwoShopsPaysByCardAndFollowsTheOrderUntilCollected() {
        TestCatalogue c = market.catalogue;
        browser.get(market.uri("/?lang=fr").toString());

        browser.findElement(By.id("home-q")).sendKeys("miel");
        browser.findElement(By.cssSelector(".hero-search__button")).click();
        browser.findElement(By.linkText(c.honeyJar.name())).click();
        WebElement quantity = browser.findElement(By.id("add-quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.cssSelector(".add-to-cart__submit")).click();
        assertThat(text(".alert--success")).isEqualTo("« Miel de fleurs du marais » a été ajouté à votre panier.");

        browser.findElement(By.id("header-q")).sendKeys("derby");
        browser.findElement(By.cssSelector(".header-search__button")).click();
        browser.findElement(By.linkText(c.derby.name())).click();
        browser.findElement(By.cssSelector(".add-to-cart__submit")).click();
        // the form leads to the cart: wait for it (a click may return before a slow machine has loaded the next page)
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe(By.cssSelector(".basket-shop__title"), 2));
        assertThat(texts(".basket-shop__title")).containsExactly("Le Rucher d’Arques", "Chaussures Martin");
        assertThat(text(".main-nav__cart .cart-count")).isEqualTo("3");
        assertThat(text(".summary__row--total dd")).isEqualTo("116,00 €");

        browser.findElement(By.cssSelector("a.summary__action")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/connexion?retour=%2Fcommande");
        browser.findElement(By.linkText("Créer un compte")).click();
        browser.findElement(By.id("f-displayName")).sendKeys("Camille Dupont");
        browser.findElement(By.id("f-email")).sendKeys("camille@exemple.fr");
        browser.findElement(By.id("f-password")).sendKeys("marais-audomarois-2026");
        browser.findElement(By.id("f-passwordConfirm")).sendKeys("marais-audomarois-2026");
        browser.findElement(By.cssSelector("form[action='/inscription'] button[type=submit]")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/commande");
        assertThat(texts(".checkout-shop__name")).as("the guest cart followed the new account")
                .containsExactly("Le Rucher d’Arques", "Chaussures Martin");
        assertThat(browser.findElement(By.id("collect-" + c.rucher.id())).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("collect-" + c.martin.id())).isSelected()).isTrue();
        assertThat(texts(".hours-list__row--today")).hasSize(2).allSatisfy(row -> assertThat(row).startsWith("Mardi"));
        browser.findElement(By.id("tender-card")).click();
        browser.findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.cssSelector("button[value=pay]")).click();

        assertThat(browser.getCurrentUrl()).matches(".*/commandes/[0-9]+$");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Merci, votre commande est enregistrée !"));
        assertThat(texts(".order-part .status")).containsExactly("Transmise à la boutique", "Transmise à la boutique");
        assertThat(text(".order-card__payments li")).contains("Carte •••• 4242", "116,00 €", "autorisé");

        Account shopper = market.engine.accounts().accountByEmail("camille@exemple.fr").orElseThrow();
        CustomerOrder order = market.engine.orders().customerOrdersOf(shopper.id(), 0, 1).get(0);
        for (MerchantOrder part : order.merchantOrders()) {
            Actor staff = staffOf(part);
            for (OrderAction move : List.of(OrderAction.ACCEPT, OrderAction.MARK_READY, OrderAction.MARK_COLLECTED)) {
                market.engine.orders().act(part.id(), move, Optional.empty(), "", staff, false);
            }
        }

        browser.findElement(By.linkText("Mon compte")).click();
        browser.findElement(By.linkText("Mes commandes")).click();
        assertThat(text(".order-card__title")).isEqualTo("Commande " + order.number());
        assertThat(texts(".order-part .status")).containsExactly("Retirée", "Retirée");
        assertThat(texts(".order-part__shares li")).allSatisfy(share -> assertThat(share).endsWith("débité"));
        assertThat(browser.findElements(By.cssSelector(".order-part__cancel"))).isEmpty();
        assertThat(market.engine.payments().paymentsOf(order.id())).extracting(Payment::status).containsExactly(PaymentStatus.CAPTURED);
    }

    /** A staff account of the part's shop, as the shop's back-office acts with. */
    private static Actor staffOf(MerchantOrder part) {
        Account staff = market.engine.accounts().register("equipe-" + part.merchantId() + "@exemple.fr", "comptoir-boutique-2026", "Équipe");
        market.engine.accounts().grant(staff.id(), RoleGrant.of(Role.MERCHANT_STAFF, part.merchantId().value()), TestCatalogue.ADMIN);
        return Actor.account(staff.id().value());
    }

}

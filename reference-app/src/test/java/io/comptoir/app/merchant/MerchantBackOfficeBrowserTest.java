package io.comptoir.app.merchant;

import io.comptoir.app.testing.Buttons;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's staff in a real browser, no JavaScript anywhere: moves an order from placed to collected with the buttons,
 * and creates a product with two variants using "add a variant". Needs Debian's Chromium and its driver; without them
 * the test fails in CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class MerchantBackOfficeBrowserTest {

    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static Session staff;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        staff = market.session(market.staffOf("Camille Martin", market.catalogue.martin));
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.get(market.uri("/robots.txt").toString());
        browser.manage().addCookie(new Cookie("comptoir_session", staff.token(), "/"));
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
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

    /** The success notice of the page a form led to; on a loaded machine the browser may still be on its way there. */
    private static String notice() {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--success"))).getText();
    }

    private static void click(String buttonText) {
        Buttons.submit(browser, buttonText);
    }

    @Test
    void theShopMovesAnOrderFromPlacedToCollectedWithTheButtons() {
        TestCatalogue c = market.catalogue;
        MerchantOrder part = BackOfficeMarket.partOf(market.order(market.shopper("Dominique Lefebvre"), BackOfficeMarket.card(),
                Map.of(c.derby.variants().get(0), 1)), c.martin);
        browser.get(market.uri("/espace-commercant").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
        browser.findElement(By.linkText(part.number())).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Commande " + part.number());

        click("Accepter la commande");
        assertThat(notice()).contains("Commande acceptée");
        click("Marquer prête à retirer");
        click("Marquer retirée par le client");

        assertThat(browser.findElement(By.cssSelector(".bo-status-line .bo-badge")).getText()).isEqualTo("Retirée");
        assertThat(market.reload(part).status()).isEqualTo(MerchantOrderStatus.COLLECTED);
    }

    @Test
    void theShopCreatesAProductWithTwoVariantsAddingARowWithoutScript() {
        TestCatalogue c = market.catalogue;
        browser.get(market.uri("/espace-commercant/" + c.martin.id() + "/produits").toString());
        browser.findElement(By.linkText("Nouveau produit")).click();
        browser.findElement(By.id("product-name")).sendKeys("Espadrilles");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("product-category"))).selectByValue(c.shoes.id().toString());
        browser.findElement(By.id("option-0-name")).sendKeys("Pointure");
        fill("v0-option-0", "38");
        fill("v0-price", "29,90");
        fill("v0-stock", "4");
        fill("v1-option-0", "39");
        fill("v1-price", "29,90");
        fill("v1-stock", "2");
        click("Ajouter une variante");
        assertThat(browser.findElements(By.cssSelector("input[name^='variant'][name$='.price']"))).hasSize(3);
        assertThat(browser.findElement(By.id("v1-option-0")).getAttribute("value")).isEqualTo("39");
        fill("v2-option-0", "40");
        fill("v2-price", "31");
        click("Enregistrer");

        assertThat(notice()).contains("Produit créé");
        Product created = market.engine.catalogue().productsOf(c.martin.id(), true, 0, 1).get(0);
        assertThat(created.name()).isEqualTo("Espadrilles");
        assertThat(created.variants()).hasSize(3);
        assertThat(created.variants()).extracting(variant -> variant.options().get(0).value()).containsExactlyInAnyOrder("38", "39", "40");
    }

    private static void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

}

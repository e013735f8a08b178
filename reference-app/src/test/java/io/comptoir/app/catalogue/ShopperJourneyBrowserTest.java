package io.comptoir.app.catalogue;

import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's journey in a real browser, without any JavaScript on our side: search from the home page, filter by
 * commune, open a product, reach its shop. Needs Debian's Chromium and its driver; without them the test fails in
 * CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class ShopperJourneyBrowserTest {

    private static TestDatabase database;
    private static TestMarketplace market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
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

    @Test
    void aShopperSearchesFiltersByCommuneOpensAProductAndReachesItsShop() {
        TestCatalogue c = market.catalogue;
        browser.get(market.uri("/?lang=fr").toString());
        assertThat(browser.getTitle()).contains("Achetez en Pays de Saint-Omer");

        WebElement search = browser.findElement(By.id("home-q"));
        search.sendKeys("chaussure");
        browser.findElement(By.cssSelector(".hero-search__button")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Résultats pour « chaussure »");
        assertThat(browser.findElement(By.cssSelector(".results-bar__count")).getText()).isEqualTo("4 produits");

        browser.findElement(By.cssSelector("label[for=f-commune-" + TestCatalogue.SAINT_OMER + "]")).click();
        browser.findElement(By.cssSelector(".filters__submit")).click();
        assertThat(browser.getCurrentUrl()).contains("commune=" + TestCatalogue.SAINT_OMER).contains("q=chaussure");
        assertThat(browser.findElements(By.cssSelector(".chip--removable"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("Saint-Omer"));
        assertThat(browser.findElement(By.cssSelector("input[name=commune][value='" + TestCatalogue.SAINT_OMER + "']")).isSelected()).isTrue();

        browser.findElement(By.linkText(c.derby.name())).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(c.derby.name());
        assertThat(browser.findElement(By.cssSelector(".product__price")).getText()).contains("99,00");

        browser.findElement(By.cssSelector(".shop-block__name a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chaussures Martin");
        assertThat(browser.getCurrentUrl()).endsWith("/boutiques/" + c.martin.id() + "-" + c.martin.slug());
        assertThat(browser.findElement(By.cssSelector(".hours__row--today")).getText()).startsWith("Mardi");
    }

}

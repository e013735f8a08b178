package io.comptoir.app.catalogue;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.Pictures;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search and pictures in a real browser: a typo corrected, suggestions while typing (the site's one script), the same
 * product of several shops grouped, a shop's upload shown with its sizes, and a phone's screen (390 × 844) where the
 * buy button and the filters are reached without scrolling. Needs Debian's Chromium and its driver; without them the
 * test fails in CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class SearchAndPicturesBrowserTest {
    private static final String CHOCOLATE = "Tablette de chocolat noir";

    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static TestCatalogue c;
    private static Product chocolateAtMartin;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        chocolateAtMartin = chocolate(c.martin, 450);
        chocolate(c.rucher, 420);
        chocolate(c.lumbroise, 480);
        await().atMost(Duration.ofSeconds(15)).until(() -> market.engine.search().search(SearchQuery.text("chocolat")).total() == 3);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.get(market.uri("/robots.txt").toString());
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
    }

    private static Product chocolate(Merchant shop, long cents) {
        return market.engine.catalogue().createProduct(shop.id(), new ProductDraft(CHOCOLATE, "Cacao 70 %.", c.food.id(), List.of(),
                List.of(new VariantDraft("CHOC-" + shop.id(), List.of(), Money.euros(cents), 12))), TestCatalogue.ADMIN);
    }

    @AfterEach
    void desktop() {
        if (browser != null) {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
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
    void aTypoIsCorrectedAndTheSameProductOfThreeShopsIsListedOnceWithTheOthersUnderIt() {
        browser.get(market.uri("/recherche?q=choclat").toString());

        assertThat(chromium.text("h1")).isEqualTo("Résultats pour « chocolat »");
        assertThat(chromium.text(".search-note")).contains("« choclat »", "« chocolat »");
        assertThat(chromium.texts(".card-grid--results .product-card__title")).containsExactly(CHOCOLATE);
        WebElement elsewhere = browser.findElement(By.cssSelector(".elsewhere__summary"));
        assertThat(elsewhere.getText()).isEqualTo("Aussi chez 2 autres boutiques");

        elsewhere.click();
        List<WebElement> others = browser.findElements(By.cssSelector(".elsewhere__link"));
        assertThat(others).extracting(WebElement::getText).hasSize(2).doesNotHaveDuplicates();
        String shop = others.get(0).getText();
        others.get(0).click();
        assertThat(chromium.text("h1")).isEqualTo(CHOCOLATE);
        assertThat(chromium.text(".product__seller")).contains(shop);
    }

    @Test
    void nothingMatchingOffersACloseWord() {
        browser.get(market.uri("/recherche?q=nior").toString());

        assertThat(chromium.text(".results-bar__count")).isEqualTo("0 produit");
        assertThat(chromium.text(".did-you-mean")).startsWith("Vouliez-vous dire");
        browser.findElement(By.cssSelector(".did-you-mean__link")).click();
        assertThat(chromium.texts(".card-grid--results .product-card__title")).containsExactly(CHOCOLATE);
    }

    @Test
    void suggestionsShowWhileTypingAndTheKeyboardOpensOne() {
        browser.get(market.uri("/").toString());
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("choc");

        WebElement list = new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            WebElement found = driver.findElement(By.id("home-q-suggestions"));
            return found.isDisplayed() ? found : null;
        });
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        assertThat(options).extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains(CHOCOLATE).contains("+2"));

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(0).getDomAttribute("id"));
        assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/produits/"));
        assertThat(chromium.text("h1")).isEqualTo(CHOCOLATE);
    }

    @Test
    void aShopUploadsAPictureThatTheProductPageShowsInItsSizes() throws IOException {
        Session staff = market.session(market.staffOf("Camille Martin", c.martin));
        browser.manage().addCookie(new Cookie("comptoir_session", staff.token(), "/"));
        Path file = Files.createTempFile("tablette-", ".jpg");
        try {
            Files.write(file, Pictures.jpeg(1600, 1200));
            browser.get(market.uri("/espace-commercant/" + c.martin.id() + "/produits/" + chocolateAtMartin.id()).toString());
            browser.findElement(By.id("photo-file")).sendKeys(file.toString());
            browser.findElement(By.id("photo-alt")).sendKeys("La tablette dans son papier doré");
            browser.findElement(By.cssSelector("#photos form[enctype='multipart/form-data'] button[type=submit]")).click();
            assertThat(browser.getCurrentUrl()).contains("ok=image-added");
        }
        finally {
            Files.deleteIfExists(file);
            browser.manage().deleteCookieNamed("comptoir_session");
        }

        browser.get(market.uri("/produits/" + chocolateAtMartin.id() + "-" + chocolateAtMartin.slug()).toString());
        WebElement picture = browser.findElement(By.cssSelector(".product__picture picture"));
        assertThat(picture.findElement(By.cssSelector("source")).getDomAttribute("type")).isEqualTo("image/webp");
        WebElement image = picture.findElement(By.tagName("img"));
        assertThat(image.getDomAttribute("alt")).isEqualTo("La tablette dans son papier doré");
        assertThat(image.getDomAttribute("width")).isEqualTo("640");
        assertThat(image.getDomAttribute("srcset")).contains("-card.jpg 480w");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        assertThat((String) script("return arguments[0].currentSrc", image)).as("the browser chose a WebP size").endsWith(".webp");
        assertThat(browser.findElements(By.cssSelector(".product__no-photo"))).isEmpty();

        await().atMost(Duration.ofSeconds(15)).until(() -> market.engine.search().search(SearchQuery.text("chocolat")
                .withMerchants(java.util.Set.of(c.martin.id()))).items().get(0).imageKey().isPresent());
        browser.get(market.uri("/recherche?q=chocolat&boutique=" + c.martin.id()).toString());
        assertThat(browser.findElement(By.cssSelector(".product-card__media img")).getDomAttribute("alt"))
                .isEqualTo("La tablette dans son papier doré");
        browser.get(market.uri("/produits/" + c.candle.id() + "-" + c.candle.slug()).toString());
        assertThat(chromium.text(".product__no-photo")).isEqualTo("Pas encore de photo");
    }

    @Test
    void onAPhoneTheBuyButtonAndTheFiltersAreReachedWithoutScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(market.uri("/produits/" + c.boots.id() + "-" + c.boots.slug()).toString());
        long chrome = 844 - ((Number) script("return window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(390, (int) (844 + chrome))); // the page itself gets 390 × 844
        browser.navigate().refresh();
        assertThat(innerWidth()).isLessThanOrEqualTo(390);
        assertThat(((Number) script("return window.innerHeight")).longValue()).isEqualTo(844);
        assertThat(aboveTheFold(browser.findElement(By.cssSelector(".add-to-cart__submit")))).as("Ajouter au panier").isTrue();

        browser.get(market.uri("/recherche?q=chaussure").toString());
        WebElement toFilters = browser.findElement(By.cssSelector(".results-bar__to-filters"));
        assertThat(aboveTheFold(toFilters)).as("the Filtres button").isTrue();
        assertThat(browser.findElement(By.id("filtres")).isDisplayed()).isFalse();
        toFilters.click();
        WebElement firstFacet = browser.findElement(By.cssSelector("#filtres .facet"));
        assertThat(firstFacet.isDisplayed()).isTrue();
        assertThat(aboveTheFold(browser.findElement(By.cssSelector("#filtres .facet__label")))).isTrue();
        browser.findElement(By.cssSelector("label[for=f-commune-" + TestCatalogue.SAINT_OMER + "]")).click();
        browser.findElement(By.cssSelector(".filters__submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("commune=" + TestCatalogue.SAINT_OMER));
        assertThat(chromium.text(".results-bar__to-filters")).isEqualTo("Filtres (1)");
    }

    private static boolean aboveTheFold(WebElement element) {
        return Boolean.TRUE.equals(script("var box = arguments[0].getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight", element));
    }

    private static long innerWidth() {
        return ((Number) script("return window.innerWidth")).longValue();
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }
}

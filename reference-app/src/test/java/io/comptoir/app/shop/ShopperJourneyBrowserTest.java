package io.comptoir.app.shop;

import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's journey in a real browser, without any JavaScript on our side: search from the home page, filter by
 * commune, open a product, reach its shop. Needs Debian's Chromium and its driver; without them the test fails in
 * CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class ShopperJourneyBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static TestDatabase database;
    private static TestMarketplace market;
    private static Path profile;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String reason = "browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + reason);
            }
            System.err.println("[browser test skipped] " + reason);
            Assumptions.abort(reason);
        }
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
        profile = Files.createTempDirectory("comptoir-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=fr-FR", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (market != null) {
            market.close();
            database.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(ShopperJourneyBrowserTest::delete);
            }
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

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

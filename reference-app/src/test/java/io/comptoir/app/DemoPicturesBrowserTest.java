package io.comptoir.app;

import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.core.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The second shipped territory started as {@link Main} starts it with its demo: once its pictures are given, every
 * shop and every product a shopper can reach shows its picture, loaded by the browser, on a desktop screen and on a
 * phone's, from the directory of shops through each shop's page to each product's page. (The first territory's 4 000
 * products are checked drawing by drawing in {@code DemoPicturesTest}; loading them all in a browser would take the
 * build too long.)
 */
final class DemoPicturesBrowserTest {
    @TempDir
    static Path dataDir;

    private static Main.Running running;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static String site;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        running = Main.start(AppConfig.fromEnvironment(Map.of("DATA_DIR", dataDir.toString(), "BIND_ADDRESS", "127.0.0.1",
                "PORT", "0", "MARKETPLACE_SEED", "demo", "TERRITORY", "territories/presqu-ile-de-crozon")));
        site = "http://127.0.0.1:" + running.app().port();
        Engine engine = running.engine();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> picturesGiven(engine));
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    private static boolean picturesGiven(Engine engine) {
        for (Merchant shop : engine.merchants().find(MerchantFilter.all())) {
            if (shop.photo().isEmpty()) {
                return false;
            }
            for (Product product : engine.catalogue().productsOf(shop.id(), true, 0, 100)) {
                if (product.images().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (running != null) {
            running.close();
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 1000", "390, 844"})
    void everyShopAndProductAShopperReachesShowsItsPicture(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));

        browser.get(site + "/boutiques");
        assertThat(browser.findElements(By.cssSelector(".shop-card__initial"))).as("shops without a picture").isEmpty();
        List<String> shops = hrefs(".shop-card__link");
        assertThat(shops).as("the demo's shops").hasSizeGreaterThanOrEqualTo(8);
        assertEveryPictureLoaded(".shop-card__media img", shops.size());

        Set<String> products = new LinkedHashSet<>();
        for (String shop : shops) {
            browser.get(shop);
            assertThat(browser.findElements(By.cssSelector(".shop__initial"))).as(shop).isEmpty();
            assertEveryPictureLoaded(".shop__photo img", 1);
            List<String> listed = hrefs(".product-card__link");
            assertEveryPictureLoaded(".product-card__media img", listed.size());
            products.addAll(listed);
        }
        assertThat(products).as("the demo's products").hasSizeGreaterThanOrEqualTo(19);

        for (String product : products) {
            browser.get(product);
            assertThat(browser.findElements(By.cssSelector(".product__no-photo"))).as(product).isEmpty();
            assertEveryPictureLoaded(".product__picture img", 1);
        }
    }

    private static List<String> hrefs(String css) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector(css))) {
            hrefs.add(link.getDomProperty("href"));
        }
        return hrefs;
    }

    /** Each picture brought into view (they load lazily) and drawn by the browser with a size of its own. */
    private static void assertEveryPictureLoaded(String css, int expected) {
        List<WebElement> images = browser.findElements(By.cssSelector(css));
        assertThat(images).as(browser.getCurrentUrl() + " " + css).hasSize(expected);
        for (WebElement image : images) {
            script("arguments[0].scrollIntoView({block: 'center'})", image);
            new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> browser.getCurrentUrl() + ": "
                    + image.getDomAttribute("src") + " is not drawn").until(driver -> Boolean.TRUE.equals(script(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
            assertThat(image.getDomAttribute("alt")).as(image.getDomAttribute("src")).startsWith("Illustration : ");
        }
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}

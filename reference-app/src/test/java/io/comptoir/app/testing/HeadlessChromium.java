package io.comptoir.app.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Debian's Chromium driven headless by its own chromedriver (given explicitly, so Selenium Manager downloads nothing),
 * with a throw-away profile. Without Chromium a browser test is skipped with the reason, except under {@code CI=true}
 * where it fails.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = requireNonNull(driver, "driver is null");
        this.profile = requireNonNull(profile, "profile is null");
    }

    /** Aborts the calling test (skipped) when Chromium is missing, unless in CI. Call it before starting anything else. */
    public static void assumeInstalled() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String reason = "browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + reason);
            }
            System.err.println("[browser test skipped] " + reason);
            Assumptions.abort(reason);
        }
    }

    /** A French browser window of 1280 × 1000. */
    public static HeadlessChromium start() {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("comptoir-chromium-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=fr-FR", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        WebDriver driver = new EventFiringDecorator<WebDriver>(new NextPageWait(chrome)).decorate(chrome);
        return new HeadlessChromium(driver, profile);
    }

    /**
     * The driver. A click on a link or a submit button returns once the page it leads to has replaced the current one,
     * so the next lookup never reads the page being left (chromedriver does not always wait for a form's navigation).
     */
    public WebDriver driver() {
        return driver;
    }

    /** The visible text of the first element matching the selector, with non-breaking spaces as plain ones. */
    public String text(String css) {
        return plain(driver.findElement(By.cssSelector(css)).getText());
    }

    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(HeadlessChromium::plain).toList();
    }

    /**
     * Waits, after a click that leaves the page, for the next page to be loaded. Public, as {@code EventFiringDecorator}
     * calls its listeners by reflection: a private class is refused (with a warning only), and then nothing waited.
     */
    public static final class NextPageWait implements WebDriverListener {
        private static final Duration PATIENCE = Duration.ofSeconds(20);

        private final WebDriver driver;
        private WebElement leaving;

        NextPageWait(WebDriver driver) {
            this.driver = requireNonNull(driver, "driver is null");
        }

        @Override
        public void beforeClick(WebElement element) {
            leaving = leavesThePage(element) ? driver.findElement(By.tagName("html")) : null;
        }

        @Override
        public void afterClick(WebElement element) {
            if (leaving == null) {
                return;
            }
            WebElement page = leaving;
            leaving = null;
            try {
                Buttons.awaitReplaced(driver, page, PATIENCE);
                new WebDriverWait(driver, PATIENCE).until(loaded -> "complete".equals(
                        ((JavascriptExecutor) loaded).executeScript("return document.readyState")));
            }
            catch (TimeoutException e) {
                // a download or a same-page link: the test's next assertion says what is on screen
            }
        }

        private static boolean inAForm(WebElement element) {
            return !element.findElements(By.xpath("ancestor::form")).isEmpty() || element.getDomAttribute("form") != null;
        }

        private static boolean leavesThePage(WebElement element) {
            String tag = element.getTagName().toLowerCase(Locale.ROOT);
            String type = element.getDomAttribute("type");
            return switch (tag) {
                case "a" -> {
                    String href = element.getDomAttribute("href");
                    yield href != null && !href.isBlank() && !href.startsWith("#") && element.getDomAttribute("download") == null
                            && !"_blank".equals(element.getDomAttribute("target"));
                }
                case "button" -> (type == null || type.equalsIgnoreCase("submit")) && inAForm(element);
                case "input" -> type != null && (type.equalsIgnoreCase("submit") || type.equalsIgnoreCase("image")) && inAForm(element);
                default -> false;
            };
        }
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            catch (IOException e) {
                System.err.println("[browser test] could not delete the profile " + profile + ": " + e.getMessage());
            }
        }
    }
}

package io.comptoir.app.admin.training;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.course.Course;
import io.comptoir.training.workshop.WorkshopSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's training team in a real browser, no JavaScript anywhere: creates a required course with a module and its
 * quiz, plans a workshop of it, then reads the pipeline and the completion rates. Needs Debian's Chromium and its driver;
 * without them the test fails in CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class TrainingAdminBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static TestDatabase database;
    private static BackOfficeMarket market;
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
        market = TrainingAdminFixture.start(database);
        Session admin = market.session(market.admin("Équipe formation"));
        TrainingAdminFixture.trainer(market, "Hugo Formateur");
        profile = Files.createTempDirectory("comptoir-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=fr-FR", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.get(market.uri("/robots.txt").toString());
        browser.manage().addCookie(new Cookie("comptoir_session", admin.token(), "/"));
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
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
                files.sorted(Comparator.reverseOrder()).forEach(TrainingAdminBrowserTest::delete);
            }
        }
    }

    @Test
    void theAdminCreatesACourseWithAModuleAndAWorkshopThenSeesThePipelineAndTheRates() {
        browser.get(market.uri(TrainingAdminPaths.ROOT).toString());
        browser.findElement(By.linkText("Cours et modules")).click();
        fill("new-course-title", "Vendre en ligne sur la marketplace");
        fill("new-course-summary", "Les bases pour ouvrir sa boutique en ligne.");
        browser.findElement(By.id("new-course-published")).click();
        browser.findElement(By.id("new-course-required")).click();
        click("Créer le cours");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("Cours créé");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vendre en ligne sur la marketplace");

        fill("new-module-title", "Créer sa page boutique");
        fill("new-module-content", "## Votre vitrine\n\nPrésentez la boutique et ses **horaires**.");
        fill("new-module-questions", "? Que montre la page boutique ?\n* Les horaires\n- Le chiffre d’affaires");
        click("Ajouter le module");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("Module ajouté");
        assertThat(browser.findElement(By.cssSelector("#module-preview h3")).getText()).isEqualTo("Votre vitrine");
        assertThat(browser.findElement(By.cssSelector("#module-preview strong")).getText()).isEqualTo("horaires");

        browser.findElement(By.linkText("Ateliers")).click();
        new Select(browser.findElement(By.id("session-module"))).selectByVisibleText("Créer sa page boutique");
        fill("session-place", "Maison du commerce, place Foch");
        new Select(browser.findElement(By.id("session-commune"))).selectByVisibleText("Saint-Omer");
        new Select(browser.findElement(By.id("session-trainer"))).selectByVisibleText("Hugo Formateur");
        click("Programmer l’atelier");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("Atelier programmé");
        assertThat(browser.findElement(By.id("session-seats")).getText()).isEqualTo("0 sur 12");

        browser.findElement(By.linkText("Parcours d’intégration")).click();
        var counts = market.engine.merchants().countByStatus();
        assertThat(browser.findElement(By.cssSelector(".training-headline")).getText()).isEqualTo(counts.get(MerchantStatus.LIVE)
                + " adhérents, " + counts.get(MerchantStatus.ONBOARDING) + " en formation");
        List<WebElement> rows = browser.findElements(By.cssSelector("#in-training tbody tr"));
        assertThat(rows).hasSize(counts.get(MerchantStatus.ONBOARDING));
        assertThat(rows.get(0).getText()).contains(market.catalogue.training.name(), "0 sur 1");

        browser.findElement(By.linkText("Taux de réussite")).click();
        assertThat(browser.findElement(By.cssSelector(".training-rates th[scope=row]")).getText()).isEqualTo("Créer sa page boutique");
        assertThat(browser.findElements(By.cssSelector("h3")).get(0).getText()).startsWith("Vendre en ligne sur la marketplace — 0 %");

        Course course = TrainingAdminFixture.courses(market).courses(false).get(0);
        assertThat(course.required()).isTrue();
        assertThat(TrainingAdminFixture.courses(market).modules(course.id()).get(0).quiz()).isPresent();
        List<WorkshopSession> sessions = TrainingAdminFixture.workshops(market).upcoming(java.util.Optional.empty(), java.util.Optional.empty());
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).startsAt().atZone(TrainingAdminFixture.PARIS).toLocalDate()).isEqualTo(LocalDate.now(TrainingAdminFixture.PARIS).plusDays(7));
    }

    private static void click(String buttonText) {
        browser.findElements(By.cssSelector("button")).stream().filter(button -> button.getText().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + buttonText + " on " + browser.getCurrentUrl())).click();
    }

    private static void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
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

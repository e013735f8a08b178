package io.comptoir.app.training;

import io.comptoir.app.testing.Buttons;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.WorkshopSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's training team in a real browser, no JavaScript anywhere: creates a required course with a module and its
 * quiz, plans a workshop of it, then reads the pipeline and the completion rates. Needs Debian's Chromium and its driver;
 * without them the test fails in CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class TrainingAdminBrowserTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = TrainingWorld.plain(database);
        Session admin = market.session(market.admin("Équipe formation"));
        TrainingWorld.trainer(market, "Hugo Formateur");
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.get(market.uri("/robots.txt").toString());
        browser.manage().addCookie(new Cookie("comptoir_session", admin.token(), "/"));
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

        Course course = TrainingWorld.courses(market).courses(false).get(0);
        assertThat(course.required()).isTrue();
        assertThat(TrainingWorld.courses(market).modules(course.id()).get(0).quiz()).isPresent();
        List<WorkshopSession> sessions = TrainingWorld.workshops(market).upcoming(java.util.Optional.empty(), java.util.Optional.empty());
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).startsAt().atZone(TrainingWorld.PARIS).toLocalDate()).isEqualTo(LocalDate.now(TrainingWorld.PARIS).plusDays(7));
    }

    @Test
    void atALaptopsWidthThePipelineTableShowsEveryColumnWithoutScrolling() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        try {
            browser.get(market.uri(TrainingAdminPaths.ROOT).toString());
            WebElement table = browser.findElement(By.id("in-training"));
            WebElement wrap = browser.findElement(By.cssSelector(".table-wrap:has(#in-training)"));
            long tableWidth = (Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].scrollWidth;", table);
            long wrapWidth = (Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].clientWidth;", wrap);
            assertThat(tableWidth).as("the table fits its frame").isLessThanOrEqualTo(wrapWidth);
            List<WebElement> headings = table.findElements(By.cssSelector("thead th"));
            WebElement last = headings.get(headings.size() - 1);
            assertThat(last.getText()).isEqualTo("CE QUI BLOQUE LA MISE EN LIGNE");
            assertThat(last.getRect().getX() + last.getRect().getWidth()).as("the last column is on screen").isLessThanOrEqualTo(1366);
        }
        finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static void click(String buttonText) {
        Buttons.submit(browser, buttonText);
    }

    private static void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

}

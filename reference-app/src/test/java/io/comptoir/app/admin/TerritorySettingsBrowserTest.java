package io.comptoir.app.admin;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's team sets its home page in a real browser, no JavaScript: a title and an announcement, a shop put
 * first among the featured ones, both on the home page at once and in the history; a save made after someone else's
 * is refused with what was typed kept. Needs Debian's Chromium and its driver; without them the test fails in CI
 * ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class TerritorySettingsBrowserTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Session admin;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        admin = market.session(market.admin("Claire Territoire"));
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
    void theHomePageTextsAndFeaturedShopsSetInTheBackOfficeShowOnTheSiteAndInTheHistory() {
        browser.get(market.uri(AdminPaths.ROOT).toString());
        browser.findElement(By.linkText("Réglages du territoire")).click();
        assertThat(chromium.text("h1")).isEqualTo("Réglages du territoire");

        type("territory-fr-heroTitle", "Le Happy Kdo Booster est arrivé");
        type("territory-fr-announcement", "Happy Kdo Booster : jusqu’au 28 février");
        browser.findElement(By.cssSelector("#accueil .form-actions button[type=submit]")).click();
        assertNotice(".notice__message", "Réglages enregistrés : le site les montre dès maintenant.");
        assertThat(browser.findElement(By.id("territory-fr-heroTitle")).getDomProperty("value")).isEqualTo("Le Happy Kdo Booster est arrivé");

        new Select(browser.findElement(By.id("territory-featured-add"))).selectByVisibleText(c.rucher.name());
        browser.findElement(By.cssSelector("#a-la-une button[name=action][value=add]")).click();
        assertNotice(".notice__message", "Boutiques à la une enregistrées.");
        assertThat(chromium.texts("#a-la-une .featured-list__item > a")).containsExactly(c.martin.name(), c.rucher.name());
        browser.findElement(By.cssSelector("#a-la-une button[name=action][value='up:" + c.rucher.id() + "']")).click();
        assertNotice(".notice__message", "Boutiques à la une enregistrées.");
        assertThat(chromium.texts("#a-la-une .featured-list__item > a")).containsExactly(c.rucher.name(), c.martin.name());
        assertThat(chromium.texts("#settings-history tbody th")).contains("Accueil (Français), Titre", "Accueil (Français), Bandeau d’annonce",
                "Boutiques à la une");

        browser.findElement(By.linkText("Voir le site")).click();
        assertThat(chromium.text("h1#hero-title")).isEqualTo("Le Happy Kdo Booster est arrivé");
        assertThat(chromium.text(".announcement")).contains("Happy Kdo Booster : jusqu’au 28 février");
        assertThat(chromium.texts(".card-grid--shops .shop-card__title")).containsExactly(c.rucher.name(), c.martin.name());
    }

    @Test
    void aSaveAfterSomeoneElsesIsRefusedWithWhatWasTypedKept() {
        browser.get(market.uri("/admin/territoire").toString());
        String version = browser.findElement(By.cssSelector("#accueil input[name=version]")).getDomProperty("value");
        type("territory-fr-heroLead", "Ma version de l’accroche");

        // meanwhile another admin saves from another browser
        Session other = market.session(market.admin("Paul Territoire"));
        assertThat(market.postForm("/admin/territoire/accueil", other, Map.of("version", version,
                "home.fr.heroLead", "Sa version de l’accroche")).statusCode()).isEqualTo(303);

        browser.findElement(By.cssSelector("#accueil .form-actions button[type=submit]")).click();
        assertNotice(".notice--problem .notice__message", "pendant que vous les modifiiez");
        assertThat(browser.findElement(By.id("territory-fr-heroLead")).getDomProperty("value")).isEqualTo("Ma version de l’accroche");
        assertThat(market.engine.territory().settings().homeTexts("fr").heroLead()).contains("Sa version de l’accroche");

        browser.findElement(By.cssSelector("#accueil .form-actions button[type=submit]")).click();
        assertNotice(".notice__message", "Réglages enregistrés : le site les montre dès maintenant.");
        assertThat(market.engine.territory().settings().homeTexts("fr").heroLead()).contains("Ma version de l’accroche");
    }

    /**
     * The notice of the page answering a form: waited for, since until the next page replaces it the window may still
     * show the one the form was sent from (with a notice of its own).
     */
    private static void assertNotice(String css, String expected) {
        String[] seen = {"(none)"};
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(driver -> {
                List<WebElement> found = driver.findElements(By.cssSelector(css));
                seen[0] = found.isEmpty() ? "(none)" : found.get(0).getText();
                return seen[0].contains(expected);
            });
        }
        catch (TimeoutException e) {
            assertThat(seen[0]).as(css).contains(expected);
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}

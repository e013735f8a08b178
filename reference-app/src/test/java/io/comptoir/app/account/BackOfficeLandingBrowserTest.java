package io.comptoir.app.account;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, without JavaScript: whoever works on the marketplace lands in their back-office after signing in
 * (a chooser, the account page, when they work in several), finds it in the header and on the account page, and signs
 * out from inside it. A shopper lands on the home page as before.
 */
final class BackOfficeLandingBrowserTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database, TestPlugins.all());
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

    @BeforeEach
    void signedOutInFrench() {
        signOutHere();
    }

    private static void signOutHere() {
        browser.get(market.uri("/robots.txt").toString());
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
    }

    private static String pathOnceAt(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals(expected));
        }
        catch (TimeoutException e) {
            // the assertion that follows says where the browser is instead
        }
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private static String signIn(Account account) {
        browser.get(market.uri("/connexion").toString());
        browser.findElement(By.name("email")).sendKeys(account.email());
        browser.findElement(By.name("password")).sendKeys(BackOfficeMarket.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/connexion'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/connexion"));
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private static Account trainer(String name) {
        Role trainer = market.engine.accounts().roles().stream().filter(role -> role.name().equals("TRAINER")).findFirst().orElseThrow();
        return market.engine.accounts().grant(market.shopper(name).id(), RoleGrant.of(trainer), TestCatalogue.ADMIN);
    }

    @Test
    void theShopsStaffLandInTheirShopFindItInTheHeaderAndSignOutFromIt() {
        Account staff = market.staffOf("Paul Martin", market.catalogue.martin);
        assertThat(signIn(staff)).isEqualTo("/espace-commercant/" + market.catalogue.martin.id().value());
        browser.findElement(By.cssSelector(".bo-header__signout-button")).click();
        assertThat(pathOnceAt("/")).isEqualTo("/");
        assertThat(chromium.texts(".main-nav__link")).contains("Se connecter").doesNotContain("Espace commerçant");
        browser.get(market.uri("/espace-commercant").toString());
        assertThat(pathOnceAt("/connexion")).as("signed out for good").isEqualTo("/connexion");
    }

    @Test
    void anAdminLandsInTheAdministrationAndATrainerInTheirSpace() {
        assertThat(signIn(market.admin("Équipe Territoire"))).isEqualTo("/admin");
        assertThat(chromium.texts(".bo-header__signout-button")).containsExactly("Se déconnecter");
        signOutHere();
        assertThat(signIn(trainer("Julie Formatrice"))).isEqualTo("/formateur");
        browser.get(market.uri("/").toString());
        assertThat(chromium.texts(".main-nav__office")).containsExactly("Espace formateur");
    }

    @Test
    void someoneWhoWorksInSeveralBackOfficesChoosesOnTheAccountPage() {
        Account both = market.engine.accounts().grant(trainer("Camille Double").id(),
                RoleGrant.of(Role.MERCHANT_STAFF, market.catalogue.martin.id().value()), TestCatalogue.ADMIN);
        assertThat(signIn(both)).isEqualTo("/mon-compte");
        assertThat(chromium.texts("#account-offices ~ ul a, .account__links a")).contains("Espace commerçant", "Espace formateur");
        browser.findElements(By.cssSelector(".account__links a")).stream().filter(link -> link.getText().equals("Espace formateur"))
                .findFirst().orElseThrow().click();
        assertThat(pathOnceAt("/formateur")).isEqualTo("/formateur");
        assertThat(chromium.texts(".bo-header__list a")).as("the other back-office, one click away").contains("Espace commerçant");
    }

    @Test
    void aShopperLandsOnTheHomePageWithNoBackOfficeLink() {
        assertThat(signIn(market.shopper("Dominique Client"))).isEqualTo("/");
        assertThat(browser.findElements(By.cssSelector(".main-nav__office"))).isEmpty();
    }
}

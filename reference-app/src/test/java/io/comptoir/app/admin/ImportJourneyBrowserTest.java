package io.comptoir.app.admin;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's team imports its shops in a real browser, no JavaScript: a file with a bad row shows its problems by row
 * and column and stores nothing; the corrected file shows its preview, and the confirmation stores it. Needs Debian's
 * Chromium and its driver; without them the test fails in CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class ImportJourneyBrowserTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        Session admin = market.session(market.admin("Équipe marketplace"));
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
    void aBadFileIsShownByRowAndColumnThenTheCorrectedOneIsPreviewedAndConfirmed() throws IOException {
        int before = market.engine.merchants().count(MerchantFilter.all());
        Path dir = Files.createTempDirectory("comptoir-import-browser-");
        Path bad = Files.writeString(dir.resolve("boutiques.csv"), AdminImportTest.SHOPS
                + "S-003;Mauvais SIRET;73282932000075;1 rue X;62500;62765;Épicerie fine;;\n", StandardCharsets.UTF_8);

        browser.get(market.uri(AdminPaths.ROOT).toString());
        browser.findElement(By.linkText("Import de fichiers")).click();
        browser.findElement(By.id("import-file")).sendKeys(bad.toString());
        browser.findElement(By.id("import-preview")).click();
        assertThat(browser.findElement(By.cssSelector("#import-problems .alert__title")).getText()).isEqualTo("1 problème : rien n’a été enregistré.");
        WebElement problem = browser.findElement(By.cssSelector(".import-problem"));
        assertThat(problem.getText()).startsWith("4 siret");
        assertThat(browser.findElements(By.id("import-confirm"))).isEmpty();
        assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(before);

        Path good = Files.writeString(dir.resolve("boutiques-corrigees.csv"), AdminImportTest.SHOPS, StandardCharsets.UTF_8);
        browser.findElement(By.id("import-file")).sendKeys(good.toString());
        browser.findElement(By.id("import-preview")).click();
        assertThat(browser.findElement(By.id("import-ready")).getText()).contains("2 création(s)");
        assertThat(browser.findElements(By.cssSelector("#import-rows tbody tr"))).hasSize(2);
        assertThat(market.engine.merchants().count(MerchantFilter.all())).as("the preview stores nothing").isEqualTo(before);

        browser.findElement(By.id("import-confirm")).click();
        assertThat(browser.findElement(By.id("import-done")).getText()).contains("2 création(s)");
        assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(before + 2);
    }
}

package io.comptoir.app.vouchers;

import io.comptoir.app.testing.Buttons;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Voucher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voucher back-offices in a real browser, no JavaScript anywhere: the territory admin looks up a voucher a holder
 * reads out, the shop's staff redeem part of it at the counter and see the receipt, and the admin finds the redemption in
 * the programme's dashboard. Needs Debian's Chromium and its driver; without them the test fails in CI ({@code CI=true})
 * and is skipped, saying why, elsewhere.
 */
final class VoucherBackOfficeBrowserTest {
    private static TestDatabase database;
    private static VoucherMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = VoucherMarket.backOffice(database);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.get(market.uri("/robots.txt").toString());
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

    private static void signInAs(Session session) {
        browser.manage().deleteCookieNamed("comptoir_session");
        browser.manage().addCookie(new Cookie("comptoir_session", session.token(), "/"));
    }

    private static void click(String buttonText) {
        Buttons.submit(browser, buttonText);
    }

    private static void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theAdminFindsAVoucherTheShopRedeemsPartOfItAndTheDashboardShowsTheRedemption() {
        Voucher voucher = market.booster();
        Session admin = market.admin();
        Session staff = market.staffOf(market.catalogue().martin);

        signInAs(admin);
        browser.get(market.uri("/admin").toString());
        browser.findElement(By.linkText("Bons d’achat")).click();
        browser.findElement(By.linkText("Rechercher un bon")).click();
        fill("lookup-code", voucher.code().grouped().toLowerCase());
        click("Rechercher");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bon " + voucher.code().masked());
        assertThat(plain(browser.findElement(By.cssSelector(".vo-balance")).getText())).isEqualTo("12,00 €");
        assertThat(browser.findElement(By.cssSelector(".vo-status")).getText()).isEqualTo("Utilisable");

        signInAs(staff);
        browser.get(market.uri("/espace-commercant").toString());
        browser.findElement(By.linkText("Bons d’achat")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Encaisser un bon");
        fill("voucher-code", voucher.code().grouped());
        click("Vérifier le bon");
        // the page the check leads to, once it is there
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.cssSelector(".vo-card")).isEmpty());
        assertThat(plain(browser.findElement(By.cssSelector(".vo-card")).getText())).contains("Happy Kdo Booster", "12,00 €");
        fill("redeem-amount", "4,50");
        click("Encaisser");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reçu d’encaissement");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("Bon encaissé");
        assertThat(plain(browser.findElement(By.cssSelector(".vo-receipt")).getText())).contains("4,50 €", "7,50 €", "Chaussures Martin");
        assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(750));

        signInAs(admin);
        browser.get(market.uri("/admin/bons").toString());
        browser.findElement(By.linkText("Happy Kdo Booster")).click();
        assertThat(plain(browser.findElement(By.cssSelector(".vo-redeemed")).getText())).isEqualTo("4,50 €");
        WebElement perShop = browser.findElement(By.xpath("//h3[@id='redeemed-shop']/following-sibling::div[1]"));
        assertThat(plain(perShop.getText())).contains("Chaussures Martin", "4,50 €");
        assertThat(plain(browser.findElement(By.xpath("//h3[@id='redeemed-commune']/following-sibling::div[1]")).getText()))
                .contains("Saint-Omer", "4,50 €");
    }

}

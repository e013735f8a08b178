package io.comptoir.app.vouchers;

import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.voucher.Voucher;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Booster's life in a real browser, without JavaScript on our side: the tobacconist's operator signs in and sells a
 * Booster voucher at the till, the code is read off the sale's page; a shopper signs in, buys honey (from a shop that
 * takes the Booster) and a candle (from one that does not), pays with the voucher and the sandbox card for the rest, and
 * the public balance page shows what is left on the voucher. Same driver setup as the shop's browser tests.
 */
final class VoucherJourneyBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static TestDatabase database;
    private static VoucherMarket market;
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
        market = VoucherMarket.startWithHttpWebhooks(database);
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
                files.sorted(Comparator.reverseOrder()).forEach(VoucherJourneyBrowserTest::delete);
            }
        }
    }

    private static void open(String path) {
        browser.get(market.uri(path).toString());
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Waits for the next page to show an element (a form's answer may still be loading when the click returns). */
    private static void await(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private static void signIn(String email) {
        browser.manage().deleteAllCookies();
        open("/connexion?lang=fr");
        browser.findElement(By.id("f-email")).sendKeys(email);
        browser.findElement(By.id("f-password")).sendKeys(VoucherMarket.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/connexion'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
    }

    private static void addToCart(Product product) {
        open(Paths.product(product.id(), product.slug()));
        await(By.cssSelector(".add-to-cart__submit"));
        browser.findElement(By.cssSelector(".add-to-cart__submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/panier"));
    }

    @Test
    void anOperatorSellsABoosterAShopperSpendsItWithTheCardForTheRestAndTheBalancePageShowsWhatIsLeft() {
        signIn(market.tobacconistOperator.email());
        open("/point-de-vente?lang=fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vendre des bons d’achat");
        browser.findElement(By.id("offer-" + market.booster.id() + "-" + market.boosterDenomination())).click();
        browser.findElement(By.cssSelector("form.pos-till button[type=submit]")).click();
        await(By.cssSelector(".notice--success"));
        assertThat(text(".notice--success")).isEqualTo("Vente enregistrée : remettez le bon à l’acheteur.");
        List<String> codes = browser.findElements(By.cssSelector(".voucher-code")).stream().map(WebElement::getText).toList();
        assertThat(codes).hasSize(1);
        String code = codes.get(0);
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.");

        Account shopper = market.shopper("Camille Beneficiaire");
        signIn(shopper.email());
        addToCart(market.catalogue.jam);
        addToCart(market.catalogue.candle);
        open("/commande");
        browser.findElement(By.id("voucher-0")).sendKeys(code);
        browser.findElement(By.id("tender-card")).click();
        browser.findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.cssSelector("button[value=pay]")).click();
        assertThat(browser.getCurrentUrl()).matches(".*/commandes/[0-9]+$");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Merci, votre commande est enregistrée !"));
        assertThat(text(".order-card__payments")).contains("Bon d'achat •••• " + code.replace("-", "").substring(9), "5,90 €",
                "Carte •••• 4242", "24,00 €");

        browser.manage().deleteAllCookies();
        open("/bons/solde?lang=fr");
        browser.findElement(By.id("balance-code")).sendKeys(code.toLowerCase());
        browser.findElement(By.cssSelector("form[action='/bons/solde'] button[type=submit]")).click();
        await(By.id("balance-amount"));
        assertThat(text("#balance-amount")).isEqualTo("6,10 €");
        assertThat(text(".voucher-result")).contains("Happy Kdo Booster", "Utilisable").doesNotContain(code);

        Voucher voucher = market.salesToday(market.tobacconist).get(0).vouchers().get(0);
        assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(610));
        CustomerOrder order = market.engine.orders().customerOrdersOf(shopper.id(), 0, 1).get(0);
        assertThat(order.payments()).extracting(p -> p.provider() + ":" + p.amount().minorUnits())
                .containsExactly("voucher:590", "sandbox-card:2400");
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

package io.comptoir.app.training;

import io.comptoir.app.testing.Buttons;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way from applying to selling, in a real browser without JavaScript in the pages: a shop applies on the public
 * page, the admin approves it, its contact sets a password from the mailed link, completes the e-learning modules and
 * books a workshop, the trainer marks attendance, the shop completes its profile, adds a product and its bank details,
 * accepts the charter, goes live, and its product is found by search. Needs Debian's Chromium and its driver; without
 * them the test fails in CI ({@code CI=true}) and is skipped, saying why, elsewhere.
 */
final class TrainingJourneyBrowserTest {
    private static final String EMAIL = "fleurs.de.laa@example.org";
    private static final String PASSWORD = "marais-audomarois-2026";

    private static TestDatabase database;
    private static TrainingWorld world;
    private static HeadlessChromium chromium;
    private static Path picture;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        world = TrainingWorld.start(database);
        picture = Files.createTempFile("vitrine-", ".png");
        Files.write(picture, ShopReadiness.PNG);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        browser.get(world.market.uri("/robots.txt").toString());
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (world != null) {
            world.close();
            database.close();
        }
        if (picture != null) {
            Files.deleteIfExists(picture);
        }
    }

    @Test
    void aShopAppliesIsApprovedTrainsBooksAWorkshopIsMarkedPresentGoesLiveAndItsProductIsFound() {
        String siret = TrainingWorld.siret();
        open("/rejoindre");
        fill("f-shopName", "Fleurs de l’Aa");
        fill("f-siret", siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9));
        fill("f-trade", "Fleuriste");
        fill("f-street", "3 place Foch");
        fill("f-postalCode", "62500");
        new Select(browser.findElement(By.id("f-communeInsee"))).selectByValue("62765");
        fill("f-contactName", "Camille Fleur");
        fill("f-contactEmail", EMAIL);
        fill("f-contactPhone", "03 21 00 00 00");
        shot("1-join");
        click("Envoyer ma candidature");
        assertThat(heading()).isEqualTo("Candidature envoyée");

        signInWith(world.adminSession.token());
        open("/admin/candidatures");
        browser.findElement(By.linkText("Fleurs de l’Aa")).click();
        shot("2-application");
        click("Accepter la candidature");
        assertThat(notice()).contains("Candidature acceptée");

        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
        open(resetLinkPath());
        fill("f-password", PASSWORD);
        fill("f-passwordConfirm", PASSWORD);
        click("Enregistrer et me connecter");
        String staffToken = browser.manage().getCookieNamed("comptoir_session").getValue();

        open("/espace-commercant");
        browser.findElement(By.linkText("Formation")).click();
        browser.findElement(By.linkText("Créer sa page boutique")).click();
        click("J’ai lu ce module");
        assertThat(notice()).contains("Module validé");
        browser.findElement(By.linkText("Retour à la formation")).click();
        browser.findElement(By.linkText("Gérer ses commandes")).click();
        browser.findElement(By.id("q0-c0")).click();
        shot("3-quiz");
        click("Valider mes réponses");
        assertThat(notice()).contains("le module est validé");

        browser.findElement(By.linkText("Ateliers")).click();
        WebElement session = browser.findElement(By.id("session-" + world.session.id()));
        shot("4-workshops");
        session.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(notice()).contains("Place réservée");

        signInWith(world.trainerSession.token());
        world.clock.advance(Duration.ofDays(4));
        open("/formateur");
        browser.findElement(By.linkText("Photographier ses produits")).click();
        shot("5-roster");
        browser.findElements(By.cssSelector("input[type=radio][value=PRESENT]")).get(0).click();
        click("Enregistrer la présence");
        assertThat(notice()).contains("Présence enregistrée");

        signInWith(staffToken);
        open("/espace-commercant");
        browser.findElement(By.linkText("Ma mise en ligne")).click();
        assertThat(browser.findElements(By.cssSelector(".training-checklist__item")).stream().map(WebElement::getText).toList())
                .anyMatch(item -> item.startsWith("Fait") && item.contains("Participer à un atelier"));
        click("Mettre ma boutique en ligne");
        assertThat(browser.findElements(By.cssSelector(".notice__details li"))).hasSize(4);
        shot("6-refused");

        completeProfile();
        addProduct();
        browser.findElement(By.linkText("Coordonnées bancaires")).click();
        fill("bank-holder", "Fleurs de l’Aa");
        fill("bank-iban", "FR76 3000 6000 0112 3456 7890 189");
        click("Enregistrer");

        browser.findElement(By.linkText("Ma mise en ligne")).click();
        click("J’ai lu et j’accepte la charte");
        assertThat(notice()).contains("Charte acceptée");
        assertThat(browser.findElement(By.cssSelector(".training-ready")).getText()).contains("Tout est prêt");
        shot("7-ready");
        click("Mettre ma boutique en ligne");
        assertThat(notice()).contains("Boutique mise en ligne");
        assertThat(world.market.engine.merchants().find(io.comptoir.engine.api.merchant.MerchantFilter.all()).stream()
                .filter(shop -> shop.legalId().equals(siret)).findFirst().orElseThrow().status()).isEqualTo(MerchantStatus.LIVE);

        world.market.engine.refreshSearch();
        open("/recherche?q=Bouquet");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bouquet champêtre");
    }

    private static void completeProfile() {
        browser.findElement(By.linkText("Profil de la boutique")).click();
        WebElement description = browser.findElement(By.id("profile-description"));
        description.clear();
        description.sendKeys("Fleurs de saison du marais audomarois, bouquets sur commande.");
        for (String day : List.of("tuesday", "wednesday", "thursday", "friday", "saturday")) {
            setValue("h-" + day + "-0-opens", "09:00");
            setValue("h-" + day + "-0-closes", "19:00");
        }
        click("Enregistrer");
        type("photo-file", picture.toString());
        fill("photo-alt", "La vitrine de Fleurs de l’Aa");
        click("Envoyer la photo");
    }

    private static void addProduct() {
        browser.findElement(By.linkText("Produits et stock")).click();
        browser.findElement(By.linkText("Nouveau produit")).click();
        fill("product-name", "Bouquet champêtre");
        new Select(browser.findElement(By.id("product-category"))).selectByValue(world.market.catalogue.home.id().toString());
        fill("v0-price", "25");
        fill("v0-stock", "3");
        click("Enregistrer");
        assertThat(notice()).contains("Produit créé");
    }

    /** The password link the approval mailed to the applicant, as a path of this server. */
    private static String resetLinkPath() {
        List<SentMail> mails = world.market.engine.mailOutbox().sentTo(EMAIL, 10);
        for (SentMail mail : mails) {
            Matcher token = Pattern.compile("jeton=([A-Za-z0-9_-]+)").matcher(mail.mail().body());
            if (token.find()) {
                return "/reinitialiser-mot-de-passe?jeton=" + token.group(1);
            }
        }
        throw new AssertionError("no password link among " + mails.size() + " mails to " + EMAIL);
    }

    /** A picture of the page for people to look at, in {@code target/training-screenshots}. */
    private static void shot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "training-screenshots"));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signInWith(String token) {
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie("comptoir_session", token, "/"));
        browser.manage().addCookie(new Cookie("lang", "fr", "/"));
    }

    private static void open(String path) {
        browser.get(world.market.uri(path).toString());
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The notice of the page a form led to, once that page is there (under load it comes after the click returns). */
    private static String notice() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector(".notice")).stream().findFirst().map(org.openqa.selenium.WebElement::getText)
                        .orElse(null));
    }

    private static void click(String buttonText) {
        Buttons.submit(browser, buttonText);
    }

    private static void fill(String id, String value) {
        typeInto(id, value, true);
    }

    private static void type(String id, String value) {
        typeInto(id, value, false);
    }

    /**
     * Finds the field again if the page was replaced between finding and typing (a page that finished loading can still
     * be swapped for the one a redirect leads to): a stale field is refused before anything is typed.
     */
    private static void typeInto(String id, String value, boolean clearFirst) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(page -> {
            WebElement input = page.findElement(By.id(id));
            if (clearFirst) {
                input.clear();
            }
            input.sendKeys(value);
            return true;
        });
    }

    /** Time inputs take typed text by locale; the test sets their value as a person's picker would. */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

}

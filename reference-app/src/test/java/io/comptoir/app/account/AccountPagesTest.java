package io.comptoir.app.account;

import io.comptoir.app.testing.Mailbox;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.comptoir.app.catalogue.PageChecks.assertAccessible;
import static io.comptoir.app.testing.WebSession.location;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing up, in and out, and resetting a password, through the pages, over real HTTP with a cookie jar. */
final class AccountPagesTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    private static TestDatabase database;
    private static TestMarketplace market;
    private static int emails;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    private static String newEmail() {
        return "client" + (++emails) + "@exemple.fr";
    }

    @EachDatabase
    void registeringSignsTheVisitorInWithAnHttpOnlyLaxSessionCookie(TestDatabase db) {
        try (TestMarketplace own = TestMarketplace.start(db)) {
            WebSession visitor = new WebSession(own);
            HttpResponse<String> registered = visitor.register("Camille Dupont", "camille@exemple.fr", PASSWORD);

            assertThat(registered.statusCode()).isEqualTo(303);
            assertThat(location(registered)).isEqualTo("/");
            String setCookie = registered.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("comptoir_session="))
                    .findFirst().orElseThrow();
            assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
            Document account = page(visitor.get("/mon-compte"));
            assertThat(account.select(".facts").text()).contains("Camille Dupont", "camille@exemple.fr");
            assertThat(account.select(".main-nav").text()).contains("Mon compte").doesNotContain("Se connecter");
            assertThat(own.engine.accounts().count(AccountFilter.all())).isEqualTo(1);
        }
    }

    @Test
    void aRegistrationWithMismatchedOrWeakPasswordsOrATakenEmailIsShownAgainAndStoresNothing() {
        String email = newEmail();
        int before = market.engine.accounts().count(AccountFilter.all());
        WebSession visitor = new WebSession(market);
        Document form = page(visitor.get("/inscription"));

        HttpResponse<String> mismatch = visitor.submit(form, "form[action=/inscription]", null, "displayName", "Léa", "email", email,
                "password", PASSWORD, "passwordConfirm", PASSWORD + "x");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(page(mismatch).select("#f-passwordConfirm-error").text()).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(page(mismatch).select("#f-email").attr("value")).isEqualTo(email);
        assertThat(page(mismatch).select("#f-password").attr("value")).as("passwords are never sent back").isEmpty();

        HttpResponse<String> weak = visitor.submit(form, "form[action=/inscription]", null, "displayName", "Léa", "email", email,
                "password", "court", "passwordConfirm", "court");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(page(weak).select("#f-password-error").text()).contains("10");

        HttpResponse<String> badEmail = visitor.submit(form, "form[action=/inscription]", null, "displayName", "Léa", "email", "léa@",
                "password", PASSWORD, "passwordConfirm", PASSWORD);
        assertThat(page(badEmail).select("#f-email-error").text()).contains("adresse e-mail valide");
        assertThat(market.engine.accounts().count(AccountFilter.all())).isEqualTo(before);

        new WebSession(market).register("Léa", email, PASSWORD);
        HttpResponse<String> taken = new WebSession(market).register("Autre Léa", email, PASSWORD);
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(page(taken).select("#f-email-error").text()).contains("Un compte existe déjà");
        assertThat(market.engine.accounts().count(AccountFilter.all())).isEqualTo(before + 1);
    }

    @Test
    void signingInGoesBackToTheLocalReturnPathButNeverToAnotherSite() {
        String email = newEmail();
        market.engine.accounts().register(email, PASSWORD, "Hugo");
        for (String[] retour : new String[][]{{"/panier", "/panier"}, {"/mes-commandes?page=2", "/mes-commandes?page=2"},
                {"//evil.example/x", "/"}, {"https://evil.example/", "/"}, {"/\\evil.example", "/"}, {"javascript:alert(1)", "/"},
                {"/connexion", "/"}}) {
            WebSession visitor = new WebSession(market);
            Document form = page(visitor.get("/connexion?retour=" + java.net.URLEncoder.encode(retour[0], java.nio.charset.StandardCharsets.UTF_8)));
            HttpResponse<String> signedIn = visitor.submit(form, "form[action=/connexion]", null, "email", email, "password", PASSWORD);
            assertThat(signedIn.statusCode()).as(retour[0]).isEqualTo(303);
            assertThat(location(signedIn)).as(retour[0]).isEqualTo(retour[1]);
        }
    }

    @Test
    void wrongCredentialsGetOneGenericMessageThenTheThrottleSaysHowLongToWait() {
        try (TestDatabase db = TestDatabase.h2(); TestMarketplace own = TestMarketplace.start(db)) {
            own.engine.accounts().register("ines@exemple.fr", PASSWORD, "Inès");
            WebSession visitor = new WebSession(own);
            HttpResponse<String> unknown = visitor.signIn("personne@exemple.fr", PASSWORD);
            HttpResponse<String> wrong = visitor.signIn("ines@exemple.fr", "pas-le-bon-mot-de-passe");
            assertThat(unknown.statusCode()).isEqualTo(401);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(page(unknown).select(".alert--error").text()).isEqualTo("Adresse e-mail ou mot de passe incorrect.")
                    .isEqualTo(page(wrong).select(".alert--error").text());
            assertThat(page(wrong).select("#f-email").attr("value")).isEqualTo("ines@exemple.fr");

            HttpResponse<String> last = wrong;
            for (int attempt = 0; attempt < 10 && last.statusCode() != 429; attempt++) {
                last = visitor.signIn("ines@exemple.fr", "pas-le-bon-mot-de-passe");
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(page(last).select(".alert--error").text()).startsWith("Trop de tentatives de connexion.").containsPattern("\\d+ minutes?\\.");
            assertThat(visitor.signIn("ines@exemple.fr", PASSWORD).statusCode()).as("even the right password waits").isEqualTo(429);
        }
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        String email = newEmail();
        market.engine.accounts().register(email, PASSWORD, "Nina");
        int before = market.engine.accounts().count(AccountFilter.all());
        WebSession visitor = new WebSession(market);
        visitor.get("/connexion");

        assertThat(visitor.post("/connexion", "email", email, "password", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(visitor.cookie("comptoir_session")).isEmpty();
        assertThat(visitor.post("/inscription", "displayName", "X", "email", newEmail(), "password", PASSWORD, "passwordConfirm", PASSWORD)
                .statusCode()).isEqualTo(403);
        assertThat(visitor.post("/connexion", "_csrf", "forged", "email", email, "password", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(market.engine.accounts().count(AccountFilter.all())).isEqualTo(before);

        visitor.signIn(email, PASSWORD);
        assertThat(visitor.post("/deconnexion").statusCode()).isEqualTo(403);
        assertThat(visitor.get("/mon-compte").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(visitor.post("/mon-compte/mot-de-passe", "currentPassword", PASSWORD, "newPassword", "un-autre-mot-de-passe",
                "newPasswordConfirm", "un-autre-mot-de-passe").statusCode()).isEqualTo(403);
        assertThat(new WebSession(market).signIn(email, PASSWORD).statusCode()).as("password unchanged").isEqualTo(303);
    }

    @Test
    void signingOutEndsTheSessionForGood() {
        String email = newEmail();
        WebSession visitor = new WebSession(market);
        visitor.register("Paul", email, PASSWORD);
        String token = visitor.cookie("comptoir_session").orElseThrow();
        Document account = page(visitor.get("/mon-compte"));

        HttpResponse<String> out = visitor.submit(account, "form[action=/deconnexion]", null);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(location(out)).isEqualTo("/");
        assertThat(visitor.get("/mon-compte").statusCode()).isEqualTo(303);

        WebSession thief = new WebSession(market);
        thief.setCookie("comptoir_session", token);
        HttpResponse<String> replay = thief.get("/mon-compte");
        assertThat(replay.statusCode()).as("the old cookie no longer opens the account").isEqualTo(303);
        assertThat(location(replay)).isEqualTo("/connexion?retour=%2Fmon-compte");
        assertThat(thief.json("GET", "/api/v1/auth/me", null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void pagesThatNeedAnAccountSendAnonymousVisitorsToSignInAndBack() {
        WebSession visitor = new WebSession(market);
        for (String path : List.of("/mon-compte", "/mes-commandes", "/commande", "/commandes/1", "/mes-commandes?page=2")) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(location(response)).as(path).isEqualTo("/connexion?retour=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        }
        String csrf = visitor.csrfToken();
        HttpResponse<String> post = visitor.postFields("/commande", java.util.Map.of("_csrf", List.of(csrf), "action", List.of("pay")),
                Optional.of(market.uri("/commande").toString()));
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(location(post)).isEqualTo("/connexion?retour=%2Fcommande");

        String email = newEmail();
        market.engine.accounts().register(email, PASSWORD, "Zoé");
        Document form = page(visitor.get(location(visitor.get("/mes-commandes"))));
        HttpResponse<String> signedIn = visitor.submit(form, "form[action=/connexion]", null, "email", email, "password", PASSWORD);
        assertThat(location(signedIn)).isEqualTo("/mes-commandes");
        assertThat(visitor.get("/mes-commandes").statusCode()).isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsResetByTheMailedLinkWhichWorksOnce() {
        String email = newEmail();
        market.engine.accounts().register(email, PASSWORD, "Rose");
        WebSession visitor = new WebSession(market);
        Document form = page(visitor.get("/mot-de-passe-oublie"));
        HttpResponse<String> known = visitor.submit(form, "form[action=/mot-de-passe-oublie]", null, "email", email);
        HttpResponse<String> unknown = visitor.submit(form, "form[action=/mot-de-passe-oublie]", null, "email", "inconnu@exemple.fr");
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(page(known).select(".alert--success").text()).isEqualTo(page(unknown).select(".alert--success").text())
                .startsWith("Si un compte existe pour cette adresse");

        List<SentMail> mails = Mailbox.awaitSentTo(market.engine.mailOutbox(), email, 1);
        assertThat(mails).hasSize(1);
        String link = link(mails.get(0).mail().body());
        assertThat(link).startsWith("http://localhost:" + market.app.port() + "/reinitialiser-mot-de-passe?jeton=");
        URI uri = URI.create(link);
        String path = uri.getRawPath() + "?" + uri.getRawQuery();

        HttpResponse<String> resetPage = visitor.get(path);
        assertThat(resetPage.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        HttpResponse<String> reset = visitor.submit(page(resetPage), "form[action=/reinitialiser-mot-de-passe]", null,
                "password", "nouveau-mot-de-passe-2026", "passwordConfirm", "nouveau-mot-de-passe-2026");
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(location(reset)).isEqualTo("/mon-compte?mot-de-passe=reinitialise");
        assertThat(page(visitor.get(location(reset))).select(".alert--success").text()).contains("nouveau mot de passe est enregistré");
        assertThat(new WebSession(market).signIn(email, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(new WebSession(market).signIn(email, "nouveau-mot-de-passe-2026").statusCode()).isEqualTo(303);

        WebSession again = new WebSession(market);
        HttpResponse<String> reused = again.submit(page(again.get(path)), "form[action=/reinitialiser-mot-de-passe]", null,
                "password", "encore-un-autre-2026", "passwordConfirm", "encore-un-autre-2026");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(page(reused).select(".alert--error").text()).contains("expiré ou a déjà servi");
    }

    @Test
    void resetLinksPointToThePublicAddressWhenItIsConfigured() {
        // An http address, so that the test's cookie jar sends the cookies back (an https one makes them Secure).
        try (TestDatabase db = TestDatabase.h2();
             TestMarketplace own = TestMarketplace.start(db, Optional.of(URI.create("http://marche.example.fr")))) {
            own.engine.accounts().register("ana@exemple.fr", PASSWORD, "Ana");
            WebSession visitor = new WebSession(own);
            visitor.submit(page(visitor.get("/mot-de-passe-oublie")), "form[action=/mot-de-passe-oublie]", null, "email", "ana@exemple.fr");
            assertThat(link(Mailbox.awaitPasswordReset(own.engine.mailOutbox(), "ana@exemple.fr").mail().body()))
                    .startsWith("http://marche.example.fr/reinitialiser-mot-de-passe?jeton=");
        }
    }

    @Test
    void changingThePasswordKeepsThisBrowserSignedInAndEndsTheOtherSessions() {
        String email = newEmail();
        WebSession laptop = new WebSession(market);
        laptop.register("Jules", email, PASSWORD);
        WebSession phone = new WebSession(market);
        phone.signIn(email, PASSWORD);

        Document account = page(laptop.get("/mon-compte"));
        HttpResponse<String> wrong = laptop.submit(account, "form[action=/mon-compte/mot-de-passe]", null,
                "currentPassword", "pas-le-bon-du-tout", "newPassword", "changement-2026", "newPasswordConfirm", "changement-2026");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(page(wrong).select("#f-currentPassword-error").text()).isEqualTo("Ce n’est pas votre mot de passe actuel.");

        HttpResponse<String> changed = laptop.submit(account, "form[action=/mon-compte/mot-de-passe]", null,
                "currentPassword", PASSWORD, "newPassword", "changement-2026", "newPasswordConfirm", "changement-2026");
        assertThat(location(changed)).isEqualTo("/mon-compte?mot-de-passe=modifie");
        assertThat(laptop.get("/mon-compte").statusCode()).isEqualTo(200);
        assertThat(phone.get("/mon-compte").statusCode()).isEqualTo(303);
    }

    @Test
    void theAccountPagesAreAccessibleAndFrench() {
        WebSession visitor = new WebSession(market);
        for (String path : List.of("/connexion", "/inscription", "/mot-de-passe-oublie", "/reinitialiser-mot-de-passe?jeton=abc",
                "/reinitialiser-mot-de-passe")) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertAccessible(page(response), "fr");
        }
        visitor.register("Éloïse", newEmail(), PASSWORD);
        assertAccessible(page(visitor.get("/mon-compte")), "fr");
        assertThat(page(visitor.get("/mon-compte?lang=en")).select("h1").text()).isEqualTo("My account");
    }

    private static String link(String body) {
        Matcher matcher = Pattern.compile("https?://\\S+").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }
}

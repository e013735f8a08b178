package io.comptoir.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.Mailbox;
import io.comptoir.app.testing.OversizedRequest;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.comptoir.app.testing.TestMarketplace.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/auth}: bearer sessions, throttled sign-in, sign-out, password reset, and bad input changing nothing. */
final class AccountsApiTest {
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
        return "api" + (++emails) + "@exemple.fr";
    }

    private static HttpResponse<String> post(WebSession client, String path, String body) {
        return client.json("POST", path, body);
    }

    @Test
    void registeringAnswersABearerSessionAndSetsNoCookie() {
        WebSession client = new WebSession(market);
        String email = newEmail();
        HttpResponse<String> created = post(client, "/api/v1/auth/register",
                "{\"email\": \"" + email.toUpperCase() + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"Émile\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(created.headers().allValues("Set-Cookie")).noneMatch(h -> h.startsWith("comptoir_session="));
        JsonNode session = json(created);
        assertThat(session.get("token").asText()).hasSizeGreaterThan(30);
        assertThat(session.get("account").get("email").asText()).isEqualTo(email);
        assertThat(session.get("account").get("roles")).extracting(JsonNode::asText).containsExactly("SHOPPER");

        JsonNode me = json(client.json("GET", "/api/v1/auth/me", null, "Authorization", "Bearer " + session.get("token").asText()));
        assertThat(me.get("account").get("displayName").asText()).isEqualTo("Émile");
        assertThat(me.get("csrfToken").asText()).isEqualTo(session.get("csrfToken").asText());

        HttpResponse<String> taken = post(new WebSession(market), "/api/v1/auth/register",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"Autre\"}");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json(taken).get("error").asText()).isEqualTo("email_taken");
        assertThat(session.get("account").get("language").asText()).as("French unless chosen").isEqualTo("fr");
    }

    @Test
    void anApiRegistrationChoosesTheLanguageOfItsMail() {
        HttpResponse<String> english = post(new WebSession(market), "/api/v1/auth/register",
                "{\"email\": \"" + newEmail() + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"Oliver\", \"language\": \"en\"}");
        assertThat(english.statusCode()).isEqualTo(201);
        assertThat(json(english).get("account").get("language").asText()).isEqualTo("en");

        HttpResponse<String> unknown = post(new WebSession(market), "/api/v1/auth/register",
                "{\"email\": \"" + newEmail() + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"Kahless\", \"language\": \"tlh\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").asText()).isEqualTo("language");

        // optional, as on the registration page: left out or null, French
        HttpResponse<String> none = post(new WebSession(market), "/api/v1/auth/register",
                "{\"email\": \"" + newEmail() + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"Nul\", \"language\": null}");
        assertThat(none.statusCode()).isEqualTo(201);
        assertThat(json(none).get("account").get("language").asText()).isEqualTo("fr");
        JsonNode registration = market.json("/openapi.json").at("/components/schemas/Registration");
        assertThat(registration.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("email", "password", "displayName");
        assertThat(registration.at("/properties/language/nullable").asBoolean()).isTrue();
        assertThat(registration.at("/properties/language/default").asText()).isEqualTo("fr");
    }

    @Test
    void signInFailuresAreGenericThenThrottledWithRetryAfter() {
        try (TestDatabase db = TestDatabase.h2(); TestMarketplace own = TestMarketplace.start(db)) {
            own.engine.accounts().register("lou@exemple.fr", PASSWORD, "Lou");
            WebSession client = new WebSession(own);
            HttpResponse<String> unknown = post(client, "/api/v1/auth/login", "{\"email\": \"nobody@exemple.fr\", \"password\": \"" + PASSWORD + "\"}");
            HttpResponse<String> wrong = post(client, "/api/v1/auth/login", "{\"email\": \"lou@exemple.fr\", \"password\": \"mauvais-mot-de-passe\"}");
            assertThat(unknown.statusCode()).isEqualTo(401);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(json(unknown).get("error").asText()).isEqualTo("invalid_credentials");
            assertThat(json(unknown).get("message").asText()).isEqualTo(json(wrong).get("message").asText());

            HttpResponse<String> last = wrong;
            for (int i = 0; i < 10 && last.statusCode() != 429; i++) {
                last = post(client, "/api/v1/auth/login", "{\"email\": \"lou@exemple.fr\", \"password\": \"mauvais-mot-de-passe\"}");
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(json(last).get("error").asText()).isEqualTo("too_many_attempts");
            assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        }
    }

    @Test
    void loggingOutEndsTheSession() {
        WebSession client = new WebSession(market);
        String email = newEmail();
        market.engine.accounts().register(email, PASSWORD, "Max");
        String bearer = "Bearer " + json(post(client, "/api/v1/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}"))
                .get("token").asText();
        assertThat(client.json("POST", "/api/v1/auth/logout", null, "Authorization", bearer).statusCode()).isEqualTo(204);
        assertThat(client.json("GET", "/api/v1/auth/me", null, "Authorization", bearer).statusCode()).isEqualTo(401);
    }

    @Test
    void aCookieSessionLogsOutOverTheApiOnlyWithItsCsrfToken() {
        WebSession browser = new WebSession(market);
        browser.register("Cookie", newEmail(), PASSWORD);
        HttpResponse<String> forged = browser.json("POST", "/api/v1/auth/logout", null);
        assertThat(forged.statusCode()).isEqualTo(403);
        String csrf = json(browser.get("/api/v1/auth/me")).get("csrfToken").asText();
        assertThat(browser.json("POST", "/api/v1/auth/logout", null, "X-CSRF-Token", csrf).statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aPasswordResetIsRequestedAndConfirmedOverTheApi() {
        WebSession client = new WebSession(market);
        String email = newEmail();
        market.engine.accounts().register(email, PASSWORD, "Iris");
        String oldBearer = "Bearer " + json(post(client, "/api/v1/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}"))
                .get("token").asText();
        assertThat(post(client, "/api/v1/auth/password-reset", "{\"email\": \"" + email + "\"}").statusCode()).isEqualTo(202);
        assertThat(post(client, "/api/v1/auth/password-reset", "{\"email\": \"personne@exemple.fr\"}").statusCode()).isEqualTo(202);
        Matcher link = Pattern.compile("jeton=(\\S+)").matcher(Mailbox.awaitPasswordReset(market.engine.mailOutbox(), email).mail().body());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        HttpResponse<String> weak = post(client, "/api/v1/auth/password-reset/confirm", "{\"token\": \"" + token + "\", \"password\": \"court\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).get("field").asText()).isEqualTo("password");
        HttpResponse<String> confirmed = post(client, "/api/v1/auth/password-reset/confirm",
                "{\"token\": \"" + token + "\", \"password\": \"iris-nouveau-2026\"}");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(json(confirmed).get("account").get("email").asText()).isEqualTo(email);
        assertThat(client.json("GET", "/api/v1/auth/me", null, "Authorization", oldBearer).statusCode()).as("other sessions ended").isEqualTo(401);
        HttpResponse<String> reused = post(client, "/api/v1/auth/password-reset/confirm",
                "{\"token\": \"" + token + "\", \"password\": \"encore-autre-2026\"}");
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused).get("error").asText()).isEqualTo("invalid_token");
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "/api/v1/auth/register | {                                                                 | 400 | malformed_json | ",
            "/api/v1/auth/register | ~{\"email\": 5, \"password\": \"marais-audomarois\", \"displayName\": \"A\"}~ | 400 | invalid_email | email",
            "/api/v1/auth/register | ~{\"email\": \"a@exemple.fr\", \"password\": \"marais-audomarois\"}~ | 400 | invalid_displayName | displayName",
            "/api/v1/auth/register | ~{\"email\": \"a@exemple.fr\", \"password\": [1], \"displayName\": \"A\"}~ | 400 | invalid_password | password",
            "/api/v1/auth/register | ~{\"email\": \"pas-une-adresse\", \"password\": \"marais-audomarois\", \"displayName\": \"A\"}~ | 400 | invalid_email | email",
            "/api/v1/auth/register | ~{\"email\": \"b@exemple.fr\", \"password\": \"court\", \"displayName\": \"A\"}~ | 400 | invalid_password | password",
            "/api/v1/auth/register | ~{\"email\": \"c@exemple.fr\", \"password\": \"marais-audomarois\", \"displayName\": \"  \"}~ | 400 | invalid_displayName | displayName",
            "/api/v1/auth/register | ~[]~                                                              | 400 | malformed_json | ",
            "/api/v1/auth/login    | ~{\"email\": \"a@exemple.fr\"}~                                    | 400 | invalid_password | password",
            "/api/v1/auth/login    | ~{\"email\": null, \"password\": \"x\"}~                           | 400 | invalid_email | email",
            "/api/v1/auth/password-reset | ~{\"email\": true}~                                         | 400 | invalid_email | email",
            "/api/v1/auth/password-reset/confirm | ~{\"token\": \"inconnu\", \"password\": \"marais-audomarois\"}~ | 400 | invalid_token | ",
            "/api/v1/auth/password-reset/confirm | ~{\"password\": \"marais-audomarois\"}~            | 400 | invalid_token | token",
    })
    void badInputIsA4xxJsonErrorAndCreatesNothing(String path, String body, int status, String error, String field) {
        int accounts = market.engine.accounts().count(AccountFilter.all());
        HttpResponse<String> response = post(new WebSession(market), path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).isEqualTo(error);
        if (field != null) {
            assertThat(json(response).get("field").asText()).isEqualTo(field);
        }
        assertThat(market.engine.accounts().count(AccountFilter.all())).isEqualTo(accounts);
    }

    @Test
    void bodiesThatAreNotJsonOrTooLargeAreRefused() {
        WebSession client = new WebSession(market);
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(market.uri("/api/v1/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%40exemple.fr&password=x")));
        assertThat(form.statusCode()).as("a cross-site form cannot post here").isIn(403, 415);
        HttpResponse<String> text = client.send(HttpRequest.newBuilder(market.uri("/api/v1/auth/login")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"a@exemple.fr\", \"password\": \"x\"}")));
        assertThat(text.statusCode()).isEqualTo(415);
        OversizedRequest.Answer large = OversizedRequest.announced(market.uri("/"), "POST", "/api/v1/auth/register",
                Map.of("Content-Type", "application/json"), 1_100_000, "{\"email\": \"aaaa");
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().get("error").asText()).isEqualTo("payload_too_large");
    }
}

package io.comptoir.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People's rights over their data through the JSON API, over real HTTP on both databases, every answer checked against
 * {@code /openapi.json}: the shopper downloads their data and erases their account (the password and {@code confirm: true}
 * required, each missing one a 400 naming it; every session ends); the territory reads the register and erases an account
 * for someone who asked, with an idempotency key a retry reuses; the privacy page states the configured period.
 */
final class PrivacyApiTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    private static final String DATA = "/api/v1/auth/me/data";
    private static final String ERASURE = "/api/v1/auth/me/erasure";
    private static final String REGISTER = "/api/v1/admin/personal-data-requests";

    private static String bearer(WebSession client, String email) {
        HttpResponse<String> login = client.json("POST", "/api/v1/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return "Bearer " + TestMarketplace.json(login).get("token").asText();
    }

    private static long order(TestMarketplace market, WebSession client, String bearer) {
        long honey = market.catalogue.honeyJar.variants().get(0).id().value();
        assertThat(client.json("POST", "/api/v1/cart/lines", "{\"variantId\": " + honey + ", \"quantity\": 1}", "Authorization", bearer)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> placed = client.json("POST", "/api/v1/checkout", "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}",
                "Authorization", bearer, "Idempotency-Key", "privacy-order-" + System.nanoTime());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return TestMarketplace.json(placed).get("id").asLong();
    }

    private static void assertDocumented(JsonNode document, String path, String method, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        JsonNode schema = document.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/" + status
                + "/content/application~1json/schema");
        assertThat(schema.isMissingNode()).as(method + " " + path + " documents " + status).isFalse();
        assertThat(new SchemaCheck(document).problems(schema, TestMarketplace.json(response))).as(method + " " + path).isEmpty();
    }

    private static void assertError(JsonNode document, String path, String method, HttpResponse<String> response, int status, String code,
                                    String field) {
        assertDocumented(document, path, method, response, status);
        JsonNode error = TestMarketplace.json(response);
        assertThat(error.get("error").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(error.get("field").asText()).isEqualTo(field);
        }
    }

    @EachDatabase
    void aShopperDownloadsTheirDataAndErasesTheirAccountWithThePasswordAndAConfirmation(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db, TestPlugins.all())) {
            JsonNode document = market.json("/openapi.json");
            WebSession client = new WebSession(market);
            assertThat(client.json("POST", "/api/v1/auth/register", "{\"email\": \"camille.api@exemple.fr\", \"password\": \""
                    + PASSWORD + "\", \"displayName\": \"Camille Api\"}").statusCode()).isEqualTo(201);
            String bearer = bearer(client, "camille.api@exemple.fr");
            String otherDevice = bearer(new WebSession(market), "camille.api@exemple.fr");
            long orderId = order(market, client, bearer);

            assertError(document, DATA, "get", client.json("GET", DATA, null), 401, "unauthorized", null);
            HttpResponse<String> data = client.json("GET", DATA, null, "Authorization", bearer);
            assertDocumented(document, DATA, "get", data, 200);
            assertThat(data.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            JsonNode export = TestMarketplace.json(data);
            assertThat(export.at("/account/email").asText()).isEqualTo("camille.api@exemple.fr");
            assertThat(export.at("/orders/0/shops/0/shop").asText()).isEqualTo(market.catalogue.rucher.name());
            assertThat(export.at("/sections/vouchers").isArray()).isTrue();
            assertThat(export.at("/sections/training").isArray()).as("each running plugin's section").isTrue();

            assertError(document, ERASURE, "post", client.json("POST", ERASURE, "{\"currentPassword\": \"" + PASSWORD + "\"}",
                    "Authorization", bearer), 400, "confirmation_required", "confirm");
            assertError(document, ERASURE, "post", client.json("POST", ERASURE, "{\"confirm\": false, \"currentPassword\": \"" + PASSWORD + "\"}",
                    "Authorization", bearer), 400, "confirmation_required", "confirm");
            assertError(document, ERASURE, "post", client.json("POST", ERASURE, "{\"confirm\": \"yes\", \"currentPassword\": \"" + PASSWORD + "\"}",
                    "Authorization", bearer), 400, "confirmation_required", "confirm");
            assertError(document, ERASURE, "post", client.json("POST", ERASURE, "{\"confirm\": true}", "Authorization", bearer),
                    400, "invalid_currentPassword", "currentPassword");
            assertError(document, ERASURE, "post", client.json("POST", ERASURE, "{\"confirm\": true, \"currentPassword\": \"pas le bon\"}",
                    "Authorization", bearer), 400, "wrong_password", "currentPassword");
            assertThat(client.json("GET", "/api/v1/auth/me", null, "Authorization", otherDevice).statusCode()).as("nothing erased").isEqualTo(200);

            HttpResponse<String> erased = client.json("POST", ERASURE, "{\"confirm\": true, \"currentPassword\": \"" + PASSWORD + "\"}",
                    "Authorization", bearer);
            assertDocumented(document, ERASURE, "post", erased, 200);
            JsonNode receipt = TestMarketplace.json(erased);
            assertThat(receipt.get("orders").asInt()).isOne();

            assertThat(client.json("POST", ERASURE, "{\"confirm\": true, \"currentPassword\": \"" + PASSWORD + "\"}", "Authorization", bearer)
                    .statusCode()).as("a retry: the token ended with the account").isEqualTo(401);
            assertThat(client.json("GET", "/api/v1/auth/me", null, "Authorization", otherDevice).statusCode()).as("every session").isEqualTo(401);
            assertThat(client.json("POST", "/api/v1/auth/login", "{\"email\": \"camille.api@exemple.fr\", \"password\": \"" + PASSWORD + "\"}")
                    .statusCode()).isEqualTo(401);
            CustomerOrder kept = market.engine.orders().customerOrder(new io.comptoir.engine.api.order.CustomerOrderId(orderId)).orElseThrow();
            assertThat(kept.merchantOrders()).extracting(MerchantOrder::shopperName).containsOnly(PersonalDataRights.ERASED_NAME);
            assertThat(receipt.get("accountId").asLong()).isEqualTo(kept.shopper().value());
        }
    }

    @EachDatabase
    void theTerritoryReadsTheRegisterAndErasesForSomeoneWhoAskedWithAKeyARetryReuses(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db, Map.of("privacy.retention-years", "12"), TestPlugins.all())) {
            JsonNode document = market.json("/openapi.json");
            Account admin = market.engine.accounts().register("equipe.api@territoire.example", PASSWORD, "Équipe Territoire");
            market.engine.accounts().grant(admin.id(), RoleGrant.of(Role.TERRITORY_ADMIN), io.comptoir.app.testing.TestCatalogue.ADMIN);
            Account dominique = market.engine.accounts().register("dominique.api@exemple.fr", PASSWORD, "Dominique Courrier");
            Account alex = market.engine.accounts().register("alex.api@exemple.fr", PASSWORD, "Alex Courrier");
            WebSession client = new WebSession(market);
            String team = bearer(client, "equipe.api@territoire.example");
            String shopper = bearer(client, "dominique.api@exemple.fr");
            order(market, client, shopper);
            assertThat(client.json("GET", DATA, null, "Authorization", shopper).statusCode()).isEqualTo(200);
            String erasure = "/api/v1/admin/accounts/" + dominique.id().value() + "/erasure";
            String documented = "/api/v1/admin/accounts/{accountId}/erasure";
            String key = "erase-dominique-0001";

            assertThat(client.json("GET", REGISTER, null, "Authorization", shopper).statusCode()).as("the team's only").isEqualTo(403);
            assertThat(client.json("POST", erasure, "{\"confirm\": true}", "Authorization", shopper, "Idempotency-Key", key).statusCode())
                    .isEqualTo(403);
            assertError(document, documented, "post", client.json("POST", erasure, "{\"confirm\": true}", "Authorization", team),
                    400, "missing_idempotency_key", "Idempotency-Key");
            assertError(document, documented, "post", client.json("POST", erasure, "{}", "Authorization", team, "Idempotency-Key", key),
                    400, "confirmation_required", "confirm");
            assertError(document, documented, "post", client.json("POST", "/api/v1/admin/accounts/987654/erasure", "{\"confirm\": true}",
                    "Authorization", team, "Idempotency-Key", key), 404, "account_not_found", null);
            assertError(document, documented, "post", client.json("POST", "/api/v1/admin/accounts/" + admin.id().value() + "/erasure",
                    "{\"confirm\": true}", "Authorization", team, "Idempotency-Key", key), 409, "own_account", null);
            assertThat(market.engine.privacy().erased(dominique.id())).isFalse();

            HttpResponse<String> first = client.json("POST", erasure, "{\"confirm\": true}", "Authorization", team, "Idempotency-Key", key);
            assertDocumented(document, documented, "post", first, 200);
            HttpResponse<String> retried = client.json("POST", erasure, "{\"confirm\": true}", "Authorization", team, "Idempotency-Key", key);
            assertDocumented(document, documented, "post", retried, 200);
            assertThat(TestMarketplace.json(retried)).isEqualTo(TestMarketplace.json(first));
            assertThat(TestMarketplace.json(first).get("orders").asInt()).isOne();
            assertThat(client.json("GET", "/api/v1/auth/me", null, "Authorization", shopper).statusCode()).isEqualTo(401);
            assertError(document, documented, "post", client.json("POST", erasure, "{\"confirm\": true}", "Authorization", team,
                    "Idempotency-Key", "erase-dominique-0002"), 409, "already_erased", null);
            assertError(document, documented, "post", client.json("POST", "/api/v1/admin/accounts/" + alex.id().value() + "/erasure",
                    "{\"confirm\": true}", "Authorization", team, "Idempotency-Key", key), 409, "idempotency_key_reused", null);
            assertThat(market.engine.privacy().erased(alex.id())).isFalse();

            HttpResponse<String> register = client.json("GET", REGISTER + "?size=1", null, "Authorization", team);
            assertDocumented(document, REGISTER, "get", register, 200);
            JsonNode page = TestMarketplace.json(register);
            assertThat(page.get("retentionYears").asInt()).isEqualTo(12);
            assertThat(page.get("hasMore").asBoolean()).isTrue();
            assertThat(page.at("/items/0/kind").asText()).isEqualTo("ERASURE");
            assertThat(page.at("/items/0/accountId").asLong()).isEqualTo(dominique.id().value());
            assertThat(page.at("/items/0/actor").asText()).isEqualTo("account:" + admin.id().value());
            assertThat(page.at("/items/0/byHolder").asBoolean()).isFalse();
            JsonNode older = TestMarketplace.json(client.json("GET", REGISTER + "?page=1&size=1", null, "Authorization", team));
            assertThat(older.at("/items/0/kind").asText()).isEqualTo("EXPORT");
            assertThat(older.at("/items/0/byHolder").asBoolean()).isTrue();
            assertThat(older.get("hasMore").asBoolean()).isFalse();
            assertError(document, REGISTER, "get", client.json("GET", REGISTER + "?size=0", null, "Authorization", team), 400, "invalid_size", "size");

            assertThat(page(client.get("/donnees-personnelles")).text()).as("the page states the period configured").contains("12 ans");
            assertThat(page(client.get("/donnees-personnelles?lang=en")).text()).contains("12 years");
        }
    }
}

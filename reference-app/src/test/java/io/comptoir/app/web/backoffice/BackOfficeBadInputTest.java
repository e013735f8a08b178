package io.comptoir.app.web.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.OversizedRequest;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every back-office API route (malformed JSON, wrong types, negative or huge numbers, unknown ids, bodies
 * over the limit) gets a 4xx JSON error naming the field where there is one, and stores nothing.
 */
final class BackOfficeBadInputTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Session staff;
    private static Session admin;
    private static Account someone;
    private static MerchantOrder order;
    private static String before;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        staff = market.session(market.staffOf("Camille Martin", c.martin));
        admin = market.session(market.admin("Équipe territoire"));
        someone = market.shopper("Alex Durand");
        order = BackOfficeMarket.partOf(market.order(someone, BackOfficeMarket.card(), Map.of(c.derby.variants().get(0), 1)), c.martin);
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    /** What a bad request must not change: the shop, its products and stock, its order, the accounts. */
    private static String state() {
        var engine = market.engine;
        return String.join("\n", engine.merchants().require(c.martin.id()).toString(), engine.merchants().fulfilment(c.martin.id()).toString(),
                engine.merchants().payoutAccount(c.martin.id()).toString(),
                engine.catalogue().productsOf(c.martin.id(), true, 0, 100).toString(),
                market.reload(order).status() + " " + market.reload(order).refunded() + " " + market.reload(order).history().size(),
                engine.accounts().account(someone.id()).orElseThrow().toString(),
                engine.merchants().countByStatus().toString(), engine.merchants().require(c.training.id()).toString());
    }

    @BeforeEach
    void remember() {
        before = state();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(state()).as("nothing stored").isEqualTo(before);
    }

    private static String fill(String path) {
        return path.replace("{shop}", c.martin.id().toString()).replace("{order}", order.id().toString())
                .replace("{product}", c.derby.id().toString()).replace("{variant}", c.derby.variants().get(0).id().toString())
                .replace("{otherVariant}", c.jam.variants().get(0).id().toString()).replace("{account}", someone.id().toString())
                .replace("{category}", c.shoes.id().toString())
                // the vouchers plugin's routes read the body before looking anything up
                .replaceAll("\\{[A-Za-z]+}", "1");
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} on {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"DANCE\"}                              | 400 | action",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": 3}                                    | 400 | action",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {}                                                 | 400 | action",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"PLACE\"}                              | 409 | ",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"ACCEPT\", \"amount\": {\"amount\": 5}} | 400 | amount",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"REFUND\", \"amount\": {\"amount\": -5}} | 400 | amount.amount",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"REFUND\", \"amount\": {\"amount\": 99999999999999999999}} | 400 | amount.amount",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"REFUND\", \"amount\": 500}            | 400 | amount",
            "POST | /api/v1/merchant/{shop}/orders/{order}/actions | {\"action\": \"CANCEL\", \"note\": [\"why\"]}        | 400 | note",
            "POST | /api/v1/merchant/{shop}/orders/999999/actions  | {\"action\": \"ACCEPT\"}                             | 404 | ",
            "POST | /api/v1/merchant/{shop}/orders/abc/actions     | {\"action\": \"ACCEPT\"}                             | 400 | orderId",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": 12, \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 100}}]} | 400 | name",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}}                  | 400 | variants",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": []} | 400 | variants",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": \"{category}\", \"variants\": [{\"price\": {\"amount\": 100}}]} | 400 | categoryId",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": 999999, \"variants\": [{\"price\": {\"amount\": 100}}]} | 400 | categoryId",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"  \", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 100}}]} | 400 | name",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": -1}}]} | 400 | variants[0].price.amount",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 100000001}}]} | 400 | variants[0].price.amount",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 100, \"currency\": \"USD\"}}]} | 400 | variants[0].price.currency",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 100}, \"stock\": 2000000}]} | 400 | variants[0].stock",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 100}, \"stock\": 1.5}]} | 400 | variants[0].stock",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"sku\": \"bad sku!\", \"price\": {\"amount\": 100}}]} | 400 | variants[0].sku",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"sku\": \"A\", \"price\": {\"amount\": 1}}, {\"sku\": \"A\", \"price\": {\"amount\": 1}}]} | 400 | variants[1].sku",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"options\": [{\"name\": \"Taille\"}], \"price\": {\"amount\": 1}}]} | 400 | variants[0].options[0].value",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"images\": [{\"key\": \"nope\", \"alt\": \"x\"}], \"variants\": [{\"price\": {\"amount\": 1}}]} | 400 | images[0].key",
            "POST | /api/v1/merchant/{shop}/products | {\"name\": \"Bottes\", \"categoryId\": {category}, \"variants\": [{\"sku\": \"DERBY-42\", \"price\": {\"amount\": 1}}]} | 409 | ",
            "PUT  | /api/v1/merchant/{shop}/products/{product} | {}                                                  | 400 | name",
            "PUT  | /api/v1/merchant/{shop}/products/999999    | {\"name\": \"x\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 1}}]} | 404 | ",
            "PUT  | /api/v1/merchant/{shop}/products/0         | {\"name\": \"x\", \"categoryId\": {category}, \"variants\": [{\"price\": {\"amount\": 1}}]} | 400 | productId",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/visibility | {\"hidden\": \"yes\"}                       | 400 | hidden",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/visibility | {}                                          | 400 | hidden",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/variants/{variant}/stock | {\"stock\": -1}               | 400 | stock",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/variants/{variant}/stock | {\"stock\": \"3\"}            | 400 | stock",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/variants/{variant}/stock | {\"stock\": 1e10}             | 400 | stock",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/variants/{variant}/stock | {\"stock\": 9223372036854775808} | 400 | stock",
            "PUT  | /api/v1/merchant/{shop}/products/{product}/variants/{otherVariant}/stock | {\"stock\": 3}           | 404 | ",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"trade\": \"\"}                                                    | 400 | trade",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"contact\": {\"email\": \"nope\"}}                                | 400 | contact.email",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"contact\": \"nope\"}                                             | 400 | contact",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"openingHours\": {\"days\": [{\"day\": \"FUNDAY\"}]}}             | 400 | openingHours.days[0].day",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"openingHours\": {\"days\": [{\"day\": \"MONDAY\"}]}}             | 400 | openingHours.days[0].ranges",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"openingHours\": {\"text\": \"Mo 09:00-12:00\", \"days\": [{\"day\": \"MONDAY\", \"ranges\": []}]}} | 400 | openingHours.days",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"openingHours\": {\"days\": [{\"day\": \"MONDAY\", \"ranges\": [{\"opens\": \"9h\", \"closes\": \"12:00\"}]}]}} | 400 | openingHours.days[0].ranges[0].opens",
            "PUT  | /api/v1/merchant/{shop}/profile | {\"photo\": {\"key\": \"nope\", \"alt\": \"Une photo\"}}            | 400 | photo.key",
            "PUT  | /api/v1/merchant/{shop}/fulfilment | {\"clickAndCollect\": \"true\"}                                  | 400 | clickAndCollect",
            "PUT  | /api/v1/merchant/{shop}/fulfilment | {\"clickAndCollect\": false}                                     | 400 | clickAndCollect",
            "PUT  | /api/v1/merchant/{shop}/fulfilment | {\"clickAndCollect\": true, \"delivery\": {\"fee\": {\"amount\": 100001}, \"communes\": [\"62765\"]}} | 400 | delivery.fee.amount",
            "PUT  | /api/v1/merchant/{shop}/fulfilment | {\"clickAndCollect\": true, \"delivery\": {\"fee\": {\"amount\": 100}, \"communes\": []}} | 400 | delivery.communes",
            "PUT  | /api/v1/merchant/{shop}/fulfilment | {\"clickAndCollect\": true, \"delivery\": {\"fee\": {\"amount\": 100}, \"communes\": [62765]}} | 400 | delivery.communes[0]",
            "PUT  | /api/v1/merchant/{shop}/payout-account | {\"holder\": \"Martin\", \"iban\": 123}                        | 400 | iban",
            "PUT  | /api/v1/merchant/{shop}/payout-account | {\"iban\": \"FR7630006000011234567890189\"}                    | 400 | holder",
            "PUT  | /api/v1/merchant/{shop}/payout-account | {\"holder\": \"Martin\", \"iban\": \"FR7630006000011234567890188\"} | 400 | iban",
            "PUT  | /api/v1/merchant/{shop}/payout-account | {\"holder\": \"Martin\", \"iban\": \"FR7630006000011234567890189\", \"bic\": \"BAD\"} | 400 | bic",
            "POST | /api/v1/merchant/{shop}/images | {\"file\": \"iVBORw0KGgo\"}                                          | 400 | file",
            "PUT  | /api/v1/admin/merchants/{shop}/status | {\"status\": \"OPEN\"}                                         | 400 | status",
            "PUT  | /api/v1/admin/merchants/{shop}/status | {\"status\": null}                                             | 400 | status",
            "PUT  | /api/v1/admin/merchants/999999/status | {\"status\": \"LIVE\"}                                         | 404 | ",
            "PUT  | /api/v1/admin/merchants/{shop}/featured | {\"featured\": 1}                                            | 400 | featured",
            "POST | /api/v1/admin/accounts/{account}/roles | {\"role\": \"KING\"}                                           | 400 | role",
            "POST | /api/v1/admin/accounts/{account}/roles | {\"role\": \"MERCHANT_STAFF\"}                                 | 400 | scope",
            "POST | /api/v1/admin/accounts/{account}/roles | {\"role\": \"MERCHANT_STAFF\", \"scope\": 999999}              | 400 | scope",
            "POST | /api/v1/admin/accounts/{account}/roles | {\"role\": \"MERCHANT_STAFF\", \"scope\": -1}                  | 400 | scope",
            "POST | /api/v1/admin/accounts/999999/roles    | {\"role\": \"TRAINER\"}                                        | 404 | ",
            "PUT  | /api/v1/admin/accounts/{account}/active | {\"active\": \"no\"}                                          | 400 | active",
    })
    void aBadBodyIsA4xxJsonErrorNamingTheField(String method, String path, String body, int status, String field) {
        Session session = path.startsWith("/api/v1/admin") ? admin : staff;

        HttpResponse<String> response = market.api(method, fill(path), session, fill(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = BackOfficeMarket.json(response);
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
        if (field == null) {
            assertThat(error.get("field").isNull()).isTrue();
        }
        else {
            assertThat(error.get("field").asText()).isEqualTo(field);
        }
    }

    @ParameterizedTest(name = "GET {0} → 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/merchant/{shop}/orders?status=PENDING_PAYMENT | status",
            "/api/v1/merchant/{shop}/orders?status=placed          | status",
            "/api/v1/merchant/{shop}/orders?size=1000              | size",
            "/api/v1/merchant/{shop}/orders?page=-1                | page",
            "/api/v1/merchant/{shop}/products?page=abc             | page",
            "/api/v1/merchant/abc/products                         | merchantId",
            "/api/v1/merchant/{shop}/orders/0                      | orderId",
            "/api/v1/admin/merchants?status=OPEN                   | status",
            "/api/v1/admin/merchants?size=0                        | size",
            "/api/v1/admin/accounts?role=KING                      | role",
            "/api/v1/admin/orders?page=100                         | page",
            "/api/v1/admin/orders?from=2026-01-01&until=2025-01-01 | until",
            "/api/v1/admin/orders/abc                              | orderId",
    })
    void aBadQueryIsA400NamingTheParameter(String path, String field) {
        HttpResponse<String> response = market.apiGet(fill(path), path.startsWith("/api/v1/admin") ? admin : staff);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(response).get("field").asText()).isEqualTo(field);
    }

    @Test
    void unknownThingsAre404() {
        for (String path : List.of("/api/v1/merchant/{shop}/orders/999999", "/api/v1/merchant/{shop}/products/999999",
                "/api/v1/admin/merchants/999999", "/api/v1/admin/accounts/999999", "/api/v1/admin/orders/999999")) {
            HttpResponse<String> response = market.apiGet(fill(path), path.startsWith("/api/v1/admin") ? admin : staff);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(BackOfficeMarket.json(response).get("error").asText()).as(path).endsWith("_not_found");
        }
        HttpResponse<String> revoke = market.api("DELETE", fill("/api/v1/admin/accounts/{account}/roles/KING"), admin, null);
        assertThat(revoke.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(revoke).get("field").asText()).isEqualTo("role");
        HttpResponse<String> scope = market.api("DELETE", fill("/api/v1/admin/accounts/{account}/roles/MERCHANT_STAFF?scope=abc"), admin, null);
        assertThat(scope.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(scope).get("field").asText()).isEqualTo("scope");
    }

    @Test
    void malformedJsonOrABodyThatIsNotAnObjectIsA400OnEveryJsonWriteRoute() {
        List<BackOfficeRoutes.Route> writes = new ArrayList<>();
        for (BackOfficeRoutes.Route route : BackOfficeRoutes.of(market.app)) {
            // the training plugin's routes, some of which take no body, have their own bad-input tests
            boolean training = route.path().matches(".*/(applications|training|trainer)(/.*)?");
            // the event deliveries' actions take no body (but rewind, whose bad bodies EventDeliveriesTest covers)
            boolean deliveries = route.path().contains("/event-deliveries/");
            // a failed mail's retry takes no body either (MailDeliveryWebTest covers its 404 and 409)
            boolean mailRetry = route.path().endsWith("/mail/{mailId}/retry");
            if (route.isApi() && !training && !deliveries && !mailRetry && !route.method().equals("GET") && !route.method().equals("DELETE") && !route.path().endsWith("/images")) {
                writes.add(route);
            }
        }
        assertThat(writes).hasSizeGreaterThan(10);
        for (BackOfficeRoutes.Route route : writes) {
            String path = fill(route.path().replace("{merchantId}", "{shop}").replace("{orderId}", "{order}").replace("{productId}", "{product}")
                    .replace("{variantId}", "{variant}").replace("{accountId}", "{account}"));
            Session session = route.isAdmin() ? admin : staff;
            for (String body : List.of("{\"name\": ", "[1, 2]", "\"text\"", "", "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}")) {
                HttpResponse<String> response = market.api(route.method(), path, session, body);
                assertThat(response.statusCode()).as(route + " with " + body).isEqualTo(400);
                assertThat(BackOfficeMarket.json(response).get("error").asText()).as(route + " with " + body).isEqualTo("malformed_json");
            }
        }
    }

    @Test
    void aBodyOverOneMebibyteIsA413WhetherItsLengthIsDeclaredOrNot() {
        String path = fill("/api/v1/merchant/{shop}/products/{product}/variants/{variant}/stock");
        assertThat(market.announce("PUT", path, staff, "application/json", 1024 * 1024 + 1)).isEqualTo(413);

        OversizedRequest.Answer chunked = OversizedRequest.chunked(market.uri("/"), "PUT", path,
                Map.of("Authorization", "Bearer " + staff.token(), "Content-Type", "application/json"), 1024 * 1024 + 1);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().get("error").asText()).isEqualTo("payload_too_large");
    }
}

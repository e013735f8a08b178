package io.comptoir.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.TestDatabase;
import io.javalin.router.ParsedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /openapi.json} describes exactly the API Javalin serves, and real responses match its schemas. */
final class OpenApiDocumentTest {
    private static TestDatabase database;
    private static TestMarketplace market;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
        document = market.json("/openapi.json");
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void everyRegisteredApiRouteIsDocumentedAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint parsed : market.app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            String path = parsed.endpoint.path;
            if (path.startsWith("/api/") && parsed.endpoint.method.isHttpMethod()) {
                registered.add(parsed.endpoint.method.name().toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }

        assertThat(registered).as("routes under /api").isNotEmpty();
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void theDocumentIsOpenApi3WithResolvableReferencesAndOperationIds() {
        assertThat(document.get("openapi").asText()).startsWith("3.0");
        assertThat(document.get("info").get("title").asText()).isNotBlank();
        SchemaCheck check = new SchemaCheck(document);
        Set<String> operationIds = new TreeSet<>();
        document.get("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operationIds.add(operation.get("operationId").asText())).as("unique operationId").isTrue();
            assertThat(operation.get("responses").fieldNames()).toIterable().as("a 2xx response of " + operation.get("operationId"))
                    .anyMatch(status -> status.startsWith("2"));
        }));
        assertThat(document.toString()).contains("#/components/schemas/");
        java.util.regex.Matcher references = java.util.regex.Pattern.compile("\"\\$ref\":\"([^\"]+)\"").matcher(document.toString());
        while (references.find()) {
            assertThat(check.resolve(references.group(1))).as(references.group(1)).isNotNull();
        }
    }

    @Test
    void realResponsesMatchTheirDocumentedSchemas() {
        TestCatalogue c = market.catalogue;
        assertMatches("/api/v1/products", "/api/v1/products?q=&inStock=true&sort=newest&size=5", 200);
        assertMatches("/api/v1/products/{id}", "/api/v1/products/" + c.boots.id(), 200);
        assertMatches("/api/v1/products/{id}", "/api/v1/products/" + c.honeyJar.id(), 200);
        assertMatches("/api/v1/merchants", "/api/v1/merchants", 200);
        assertMatches("/api/v1/merchants/{id}", "/api/v1/merchants/" + c.rucher.id(), 200);
        assertMatches("/api/v1/categories", "/api/v1/categories", 200);
        assertMatches("/api/v1/communes", "/api/v1/communes", 200);
        assertMatches("/api/v1/products", "/api/v1/products?size=0", 400);
        assertMatches("/api/v1/products/{id}", "/api/v1/products/" + c.hiddenVase.id(), 404);
    }

    @Test
    void realResponsesOfTheShoppingRoutesMatchTheirDocumentedSchemas() {
        TestCatalogue c = market.catalogue;
        WebSession client = new WebSession(market);
        HttpResponse<String> registered = client.json("POST", "/api/v1/auth/register",
                "{\"email\": \"schema@exemple.fr\", \"password\": \"marais-audomarois-2026\", \"displayName\": \"Schéma\"}");
        assertDocumented("post", "/api/v1/auth/register", registered, 201);
        assertDocumented("post", "/api/v1/auth/register", client.json("POST", "/api/v1/auth/register", "{\"email\": 1}"), 400);
        assertDocumented("post", "/api/v1/auth/login", client.json("POST", "/api/v1/auth/login",
                "{\"email\": \"schema@exemple.fr\", \"password\": \"pas-le-bon-mot-de-passe\"}"), 401);
        HttpResponse<String> login = client.json("POST", "/api/v1/auth/login",
                "{\"email\": \"schema@exemple.fr\", \"password\": \"marais-audomarois-2026\"}");
        assertDocumented("post", "/api/v1/auth/login", login, 200);
        String bearer = "Bearer " + TestMarketplace.json(login).get("token").asText();
        assertDocumented("get", "/api/v1/auth/me", client.json("GET", "/api/v1/auth/me", null, "Authorization", bearer), 200);
        assertDocumented("get", "/api/v1/auth/me", client.json("GET", "/api/v1/auth/me", null), 401);
        assertDocumented("post", "/api/v1/auth/password-reset", client.json("POST", "/api/v1/auth/password-reset",
                "{\"email\": \"schema@exemple.fr\"}"), 202);
        assertDocumented("post", "/api/v1/auth/password-reset/confirm", client.json("POST", "/api/v1/auth/password-reset/confirm",
                "{\"token\": \"x\", \"password\": \"marais-audomarois-2026\"}"), 400);

        long honey = c.honeyJar.variants().get(0).id().value();
        long jam = c.jam.variants().get(0).id().value();
        assertDocumented("get", "/api/v1/cart", client.json("GET", "/api/v1/cart", null, "Authorization", bearer), 200);
        assertDocumented("post", "/api/v1/cart/lines", client.json("POST", "/api/v1/cart/lines", "{\"variantId\": " + honey
                + ", \"quantity\": 2}", "Authorization", bearer), 200);
        assertDocumented("post", "/api/v1/cart/lines", client.json("POST", "/api/v1/cart/lines", "{\"variantId\": " + jam
                + ", \"quantity\": 1}", "Authorization", bearer), 200);
        assertDocumented("put", "/api/v1/cart/lines/{variantId}", client.json("PUT", "/api/v1/cart/lines/" + jam, "{\"quantity\": 2}",
                "Authorization", bearer), 200);
        assertDocumented("put", "/api/v1/cart/lines/{variantId}", client.json("PUT", "/api/v1/cart/lines/" + jam, "{\"quantity\": 500}",
                "Authorization", bearer), 400);
        assertDocumented("post", "/api/v1/cart/lines", client.json("POST", "/api/v1/cart/lines", "{\"variantId\": 987654, \"quantity\": 1}",
                "Authorization", bearer), 404);
        assertDocumented("post", "/api/v1/cart/lines", client.json("POST", "/api/v1/cart/lines", "{\"variantId\": "
                + c.soldOutBoots.variants().get(0).id().value() + ", \"quantity\": 1}", "Authorization", bearer), 409);
        assertDocumented("delete", "/api/v1/cart/lines/{variantId}", client.json("DELETE", "/api/v1/cart/lines/" + jam, null,
                "Authorization", bearer), 200);
        market.engine.catalogue().updateProduct(c.honeyJar.id(), new ProductDraft(c.honeyJar.name(), c.honeyJar.description(),
                c.honeyJar.categoryId(), c.honeyJar.images(), List.of(new VariantDraft("MIEL-500", List.of(), Money.euros(900), 20))), TestCatalogue.ADMIN);
        HttpResponse<String> changed = client.json("POST", "/api/v1/checkout", "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}",
                "Authorization", bearer, "Idempotency-Key", "schema-key-00000");
        assertDocumented("post", "/api/v1/checkout", changed, 409);
        assertThat(TestMarketplace.json(changed).get("details")).as("a conflict lists its reasons").hasSize(1);
        assertDocumented("post", "/api/v1/checkout", client.json("POST", "/api/v1/checkout", "{\"tenders\": 3}",
                "Authorization", bearer, "Idempotency-Key", "schema-key-00001"), 400);
        assertDocumented("get", "/api/v1/cart", client.json("GET", "/api/v1/cart", null, "Authorization", bearer), 200);
        HttpResponse<String> created = client.json("POST", "/api/v1/checkout", "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}",
                "Authorization", bearer, "Idempotency-Key", "schema-key-00002");
        assertDocumented("post", "/api/v1/checkout", created, 201);
        assertDocumented("post", "/api/v1/checkout", client.json("POST", "/api/v1/checkout", "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}",
                "Authorization", bearer, "Idempotency-Key", "schema-key-00002"), 200);
        long order = TestMarketplace.json(created).get("id").asLong();
        long part = TestMarketplace.json(created).get("merchantOrders").get(0).get("id").asLong();
        assertDocumented("get", "/api/v1/orders", client.json("GET", "/api/v1/orders", null, "Authorization", bearer), 200);
        assertDocumented("get", "/api/v1/orders/{id}", client.json("GET", "/api/v1/orders/" + order, null, "Authorization", bearer), 200);
        assertDocumented("get", "/api/v1/orders/{id}", client.json("GET", "/api/v1/orders/987654", null, "Authorization", bearer), 404);
        String cancel = "/api/v1/orders/" + order + "/merchant-orders/" + part + "/cancel";
        assertDocumented("post", "/api/v1/orders/{id}/merchant-orders/{merchantOrderId}/cancel", client.json("POST", cancel, null,
                "Authorization", bearer), 200);
        assertDocumented("post", "/api/v1/orders/{id}/merchant-orders/{merchantOrderId}/cancel", client.json("POST", cancel, null,
                "Authorization", bearer), 409);
        assertDocumented("post", "/api/v1/payments/{provider}/webhook", client.json("POST", "/api/v1/payments/sandbox-card/webhook", "{}"), 400);
        assertDocumented("post", "/api/v1/payments/{provider}/webhook", client.json("POST", "/api/v1/payments/paypal/webhook", "{}"), 404);
        assertDocumented("post", "/api/v1/auth/logout", client.json("POST", "/api/v1/auth/logout", null, "Authorization", bearer), 204);
    }

    /** The response has the status, the status is documented for the operation, and the body matches its schema. */
    private static void assertDocumented(String method, String documentedPath, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(method + " " + response.uri() + ": " + response.body()).isEqualTo(status);
        JsonNode documented = document.get("paths").get(documentedPath).get(method).get("responses").get(Integer.toString(status));
        assertThat(documented).as(status + " documented for " + method + " " + documentedPath).isNotNull();
        JsonNode content = documented.path("content").path("application/json").path("schema");
        if (content.isMissingNode()) {
            assertThat(response.body()).as("no body for " + status).isEmpty();
            return;
        }
        assertThat(new SchemaCheck(document).problems(content, TestMarketplace.json(response))).as(method + " " + response.uri()).isEmpty();
    }

    private static void assertMatches(String documentedPath, String request, int status) {
        HttpResponse<String> response = market.get(request);
        assertThat(response.statusCode()).as(request).isEqualTo(status);
        JsonNode schema = document.get("paths").get(documentedPath).get("get").get("responses").get(Integer.toString(status))
                .get("content").get("application/json").get("schema");
        assertThat(new SchemaCheck(document).problems(schema, TestMarketplace.json(response))).as(request).isEmpty();
    }
}

package io.comptoir.app.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.app.testing.WebSession;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Authentication;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.TestDatabase;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
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
        // every plugin's part of the document, but the training plugin's policy would keep the admin tests' shop from going live
        market = TestMarketplace.start(database, TestPlugins.allBut("training"));
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
            if (path.startsWith("/api/") && parsed.endpoint.method.isHttpMethod() && parsed.endpoint.method != HandlerType.HEAD) {
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
    void theDocumentDeclaresHowToAuthenticateAndWhichOperationsNeedAnAccount() {
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.at("/sessionCookie/in").asText()).isEqualTo("cookie");
        assertThat(schemes.at("/sessionCookie/name").asText()).isEqualTo(Authentication.SESSION_COOKIE);
        assertThat(schemes.at("/csrfHeader/in").asText()).isEqualTo("header");
        assertThat(schemes.at("/csrfHeader/name").asText()).isEqualTo("X-CSRF-Token");
        assertThat(schemes.at("/bearerToken/scheme").asText()).isEqualTo("bearer");
        int checked = 0;
        for (ParsedEndpoint parsed : market.app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            String path = parsed.endpoint.path;
            if (!path.startsWith("/api/") || !method.isHttpMethod() || method == HandlerType.HEAD) {
                continue;
            }
            Roles roles = parsed.endpoint.metadata(Roles.class);
            boolean open = roles != null && roles.getRoles().contains(AccessRole.ANYONE);
            JsonNode security = document.get("paths").get(path).get(method.name().toLowerCase(Locale.ROOT)).get("security");
            String route = method + " " + path;
            assertThat(security).as(route).isNotNull();
            if (open) {
                assertThat(security.isEmpty()).as("open: " + route).isTrue();
            }
            else {
                Set<String> alternatives = new TreeSet<>();
                security.forEach(requirement -> {
                    Set<String> together = new TreeSet<>();
                    requirement.fieldNames().forEachRemaining(together::add);
                    alternatives.add(String.join("+", together));
                });
                assertThat(alternatives).as("an account: " + route)
                        .containsExactlyInAnyOrder(method == HandlerType.GET ? "sessionCookie" : "csrfHeader+sessionCookie", "bearerToken");
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void theDocumentIsOpenApi3WithResolvableReferencesAndOperationIds() {
        assertThat(document.get("openapi").asText()).startsWith("3.0");
        assertThat(document.get("info").get("title").asText()).isNotBlank();
        SchemaCheck check = new SchemaCheck(document);
        Set<String> operationIds = new TreeSet<>();
        document.get("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operationIds.add(operation.get("operationId").asText())).as("unique operationId").isTrue();
            assertThat(operation.get("responses").fieldNames()).toIterable().as(operation.get("operationId").asText() + " answers a 2xx")
                    .anySatisfy(status -> assertThat(status).matches("2[0-9][0-9]"));
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
        market.engine.payments().acceptPaymentMethods(c.rucher.id(), java.util.Set.of("pay-at-pickup"), TestCatalogue.ADMIN);
        HttpResponse<String> options = client.json("GET", "/api/v1/checkout/payment-options", null, "Authorization", bearer);
        assertDocumented("get", "/api/v1/checkout/payment-options", options, 200);
        assertThat(TestMarketplace.json(options).toString()).as("a refusal is described too").contains("refused_by_shop");
        market.engine.payments().acceptPaymentMethods(c.rucher.id(), java.util.Set.of("pay-at-pickup", "sandbox-card"), TestCatalogue.ADMIN);
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

    // ---------- back-offices ----------

    @Test
    void backOfficeResponsesMatchTheirDocumentedSchemas() {
        TestCatalogue c = market.catalogue;
        io.comptoir.engine.core.Engine engine = market.engine;
        var staffAccount = engine.accounts().register("staff.openapi@example.org", "correct horse battery staple", "Camille Martin");
        engine.accounts().grant(staffAccount.id(), io.comptoir.engine.api.account.RoleGrant.of(io.comptoir.engine.api.account.Role.MERCHANT_STAFF,
                c.martin.id().value()), TestCatalogue.ADMIN);
        var adminAccount = engine.accounts().register("admin.openapi@example.org", "correct horse battery staple", "Équipe");
        engine.accounts().grant(adminAccount.id(), io.comptoir.engine.api.account.RoleGrant.of(io.comptoir.engine.api.account.Role.TERRITORY_ADMIN),
                TestCatalogue.ADMIN);
        var shopper = engine.accounts().register("shopper.openapi@example.org", "correct horse battery staple", "Dominique");
        String staff = engine.sessions().open(staffAccount.id()).token();
        String admin = engine.sessions().open(adminAccount.id()).token();
        engine.carts().add(io.comptoir.engine.api.cart.CartOwner.shopper(shopper.id()), c.derby.variants().get(0).id(), 1);
        engine.carts().cart(io.comptoir.engine.api.cart.CartOwner.shopper(shopper.id()));
        var order = engine.checkout().checkout(new io.comptoir.engine.api.order.CheckoutRequest(shopper.id(), Map.of(),
                java.util.List.of(io.comptoir.engine.api.payment.TenderRequest.of("pay-at-pickup", Map.of())), "openapi-order")).order();
        long part = order.merchantOrders().get(0).id().value();
        String shop = "/api/v1/merchant/" + c.martin.id();
        String product = shop + "/products/" + c.derby.id();

        check("get", "/api/v1/merchant", "/api/v1/merchant", staff, null, 200);
        check("get", "/api/v1/merchant/{merchantId}/dashboard", shop + "/dashboard", staff, null, 200);
        check("get", "/api/v1/merchant/{merchantId}/orders", shop + "/orders", staff, null, 200);
        check("get", "/api/v1/merchant/{merchantId}/orders/{orderId}", shop + "/orders/" + part, staff, null, 200);
        check("post", "/api/v1/merchant/{merchantId}/orders/{orderId}/actions", shop + "/orders/" + part + "/actions", staff,
                "{\"action\": \"MARK_READY\"}", 409);
        check("post", "/api/v1/merchant/{merchantId}/orders/{orderId}/actions", shop + "/orders/" + part + "/actions", staff,
                "{\"action\": \"ACCEPT\"}", 200);
        check("get", "/api/v1/merchant/{merchantId}/products", shop + "/products?size=3", staff, null, 200);
        check("post", "/api/v1/merchant/{merchantId}/products", shop + "/products", staff, "{\"name\": \"Bottes\"}", 400);
        HttpResponse<String> upload = multipart(shop + "/images", staff);
        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(problems(path("/api/v1/merchant/{merchantId}/images", "post", 201), upload)).isEmpty();
        String key = TestMarketplace.json(upload).get("key").asText();
        String newProduct = "{\"name\": \"Bottes\", \"categoryId\": " + c.shoes.id() + ", \"images\": [{\"key\": \"" + key
                + "\", \"alt\": \"Bottes\"}], \"variants\": [{\"options\": [{\"name\": \"Pointure\", \"value\": \"40\"}], "
                + "\"price\": {\"amount\": 5000}, \"stock\": 2}]}";
        check("post", "/api/v1/merchant/{merchantId}/products", shop + "/products", staff, newProduct, 201);
        check("get", "/api/v1/merchant/{merchantId}/products/{productId}", product, staff, null, 200);
        check("put", "/api/v1/merchant/{merchantId}/products/{productId}", product, staff,
                "{\"name\": \"Derby\", \"categoryId\": " + c.shoes.id() + ", \"variants\": [{\"sku\": \"DERBY-42\", \"price\": {\"amount\": 9900}, \"stock\": 5}]}", 200);
        check("put", "/api/v1/merchant/{merchantId}/products/{productId}/visibility", product + "/visibility", staff, "{\"hidden\": false}", 200);
        check("put", "/api/v1/merchant/{merchantId}/products/{productId}/variants/{variantId}/stock", product + "/variants/"
                + c.derby.variants().get(0).id() + "/stock", staff, "{\"stock\": 4}", 200);
        check("get", "/api/v1/merchant/{merchantId}/profile", shop + "/profile", staff, null, 200);
        check("put", "/api/v1/merchant/{merchantId}/profile", shop + "/profile", staff,
                "{\"photo\": {\"key\": \"" + key + "\", \"alt\": \"La boutique\"}, \"openingHours\": {\"text\": \"Tu-Sa 09:00-19:00\"}}", 200);
        check("get", "/api/v1/merchant/{merchantId}/fulfilment", shop + "/fulfilment", staff, null, 200);
        check("put", "/api/v1/merchant/{merchantId}/fulfilment", shop + "/fulfilment", staff,
                "{\"clickAndCollect\": true, \"delivery\": {\"fee\": {\"amount\": 350}, \"communes\": [\"62765\"]}}", 200);
        check("get", "/api/v1/merchant/{merchantId}/payment-methods", shop + "/payment-methods", staff, null, 200);
        check("put", "/api/v1/merchant/{merchantId}/payment-methods", shop + "/payment-methods", staff, "{\"methods\": [\"pay-at-pickup\"]}", 200);
        check("put", "/api/v1/merchant/{merchantId}/payment-methods", shop + "/payment-methods", staff, "{\"methods\": []}", 400);
        check("put", "/api/v1/merchant/{merchantId}/payment-methods", shop + "/payment-methods", staff,
                "{\"methods\": [\"pay-at-pickup\", \"sandbox-card\"]}", 200);
        check("get", "/api/v1/merchant/{merchantId}/payout-account", shop + "/payout-account", staff, null, 200);
        check("put", "/api/v1/merchant/{merchantId}/payout-account", shop + "/payout-account", staff,
                "{\"holder\": \"Martin\", \"iban\": \"FR7630006000011234567890189\"}", 200);
        check("get", "/api/v1/merchant/{merchantId}/orders", "/api/v1/merchant/" + c.rucher.id() + "/orders", staff, null, 403);

        check("get", "/api/v1/admin/dashboard", "/api/v1/admin/dashboard", admin, null, 200);
        check("get", "/api/v1/admin/merchants", "/api/v1/admin/merchants?size=2", admin, null, 200);
        check("get", "/api/v1/admin/merchants/{merchantId}", "/api/v1/admin/merchants/" + c.training.id(), admin, null, 200);
        check("put", "/api/v1/admin/merchants/{merchantId}/status", "/api/v1/admin/merchants/" + c.training.id() + "/status", admin,
                "{\"status\": \"SUSPENDED\"}", 409);
        check("put", "/api/v1/admin/merchants/{merchantId}/status", "/api/v1/admin/merchants/" + c.training.id() + "/status", admin,
                "{\"status\": \"LIVE\"}", 200);
        check("put", "/api/v1/admin/merchants/{merchantId}/featured", "/api/v1/admin/merchants/" + c.training.id() + "/featured", admin,
                "{\"featured\": true}", 200);
        check("get", "/api/v1/admin/accounts", "/api/v1/admin/accounts", admin, null, 200);
        check("get", "/api/v1/admin/accounts/{accountId}", "/api/v1/admin/accounts/" + staffAccount.id(), admin, null, 200);
        check("post", "/api/v1/admin/accounts/{accountId}/roles", "/api/v1/admin/accounts/" + shopper.id() + "/roles", admin,
                "{\"role\": \"MERCHANT_STAFF\", \"scope\": " + c.rucher.id() + "}", 200);
        check("delete", "/api/v1/admin/accounts/{accountId}/roles/{role}", "/api/v1/admin/accounts/" + shopper.id() + "/roles/MERCHANT_STAFF?scope="
                + c.rucher.id(),
                admin, null, 200);
        check("put", "/api/v1/admin/accounts/{accountId}/active", "/api/v1/admin/accounts/" + shopper.id() + "/active", admin,
                "{\"active\": true}", 200);
        check("get", "/api/v1/admin/orders", "/api/v1/admin/orders", admin, null, 200);
        check("get", "/api/v1/admin/orders/{orderId}", "/api/v1/admin/orders/" + part, admin, null, 200);
        check("get", "/api/v1/admin/orders/{orderId}", "/api/v1/admin/orders/999999", admin, null, 404);
        check("get", "/api/v1/admin/dashboard", "/api/v1/admin/dashboard", staff, null, 403);
        check("get", "/api/v1/admin/dashboard", "/api/v1/admin/dashboard", null, null, 401);
    }

    private static void check(String method, String documentedPath, String request, String token, String body, int status) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(market.uri(request));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        builder.header("Content-Type", "application/json").method(method.toUpperCase(Locale.ROOT),
                body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = market.send(builder.build());
        assertThat(response.statusCode()).as(method + " " + request + ": " + response.body()).isEqualTo(status);
        assertThat(problems(path(documentedPath, method, status), response)).as(method + " " + request).isEmpty();
    }

    private static JsonNode path(String documentedPath, String method, int status) {
        JsonNode operation = document.get("paths").get(documentedPath).get(method);
        assertThat(operation).as(method + " " + documentedPath).isNotNull();
        JsonNode response = operation.get("responses").get(Integer.toString(status));
        assertThat(response).as(method + " " + documentedPath + " documents " + status).isNotNull();
        return response.get("content").get("application/json").get("schema");
    }

    private static java.util.List<String> problems(JsonNode schema, HttpResponse<String> response) {
        return new SchemaCheck(document).problems(schema, TestMarketplace.json(response));
    }

    private static HttpResponse<String> multipart(String path, String token) {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("--b0undary\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nUn point\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes("\r\n--b0undary--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return market.send(java.net.http.HttpRequest.newBuilder(market.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}

package io.comptoir.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import io.javalin.router.ParsedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
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
            assertThat(operation.get("responses").has("200")).isTrue();
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

    private static void assertMatches(String documentedPath, String request, int status) {
        HttpResponse<String> response = market.get(request);
        assertThat(response.statusCode()).as(request).isEqualTo(status);
        JsonNode schema = document.get("paths").get(documentedPath).get("get").get("responses").get(Integer.toString(status))
                .get("content").get("application/json").get("schema");
        assertThat(new SchemaCheck(document).problems(schema, TestMarketplace.json(response))).as(request).isEmpty();
    }
}

package io.comptoir.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.OversizedRequest;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests to the API get a 400 naming the parameter, unknown things a 404, never a 500. */
final class ApiErrorsTest {
    private static TestDatabase database;
    private static TestMarketplace market;

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

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "page=-1                   | page",
            "page=abc                  | page",
            "page=1.5                  | page",
            "page=99999999999999999999 | page",
            "size=0                    | size",
            "size=101                  | size",
            "size=ten                  | size",
            "category=abc              | category",
            "category=0                | category",
            "category=3&category=x     | category",
            "merchant=x                | merchant",
            "merchant=-4               | merchant",
            "minPrice=abc              | minPrice",
            "minPrice=12.50            | minPrice",
            "maxPrice=-1               | maxPrice",
            "minPrice=500&maxPrice=100 | minPrice",
            "sort=cheapest             | sort",
            "sort=PRICE_ASC            | sort",
            "inStock=yes               | inStock",
            "inStock=1                 | inStock",
            "commune=Saint-Omer        | commune",
    })
    void aMalformedSearchParameterIsA400NamingIt(String query, String field) {
        HttpResponse<String> response = market.get("/api/v1/products?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = TestMarketplace.json(response);
        assertThat(error.get("error").asText()).isEqualTo("invalid_" + field);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/products/abc              | id",
            "/api/v1/products/0                | id",
            "/api/v1/products/-3               | id",
            "/api/v1/merchants/abc             | id",
            "/api/v1/merchants?commune=abc     | commune",
            "/api/v1/merchants?category=shoes  | category",
            "/api/v1/merchants?size=0          | size",
            "/api/v1/merchants?page=-2         | page",
    })
    void aMalformedIdOrFilterIsA400NamingIt(String path, String field) {
        HttpResponse<String> response = market.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestMarketplace.json(response).get("field").asText()).isEqualTo(field);
    }

    @Test
    void aSearchTextOverTwoHundredCharactersIsRefused() {
        assertThat(market.get("/api/v1/products?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
        HttpResponse<String> response = market.get("/api/v1/products?q=" + "a".repeat(201));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestMarketplace.json(response).get("field").asText()).isEqualTo("q");
    }

    @Test
    void unknownParametersAreIgnored() {
        assertThat(market.json("/api/v1/products?utm_source=journal&colour=red&inStock=true").get("total").asLong())
                .isEqualTo(market.json("/api/v1/products?inStock=true").get("total").asLong());
        assertThat(market.get("/api/v1/categories?whatever=1").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownApiRouteIsA404InJson() {
        HttpResponse<String> response = market.get("/api/v1/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = TestMarketplace.json(response);
        assertThat(error.get("error").asText()).isEqualTo("not_found");
        assertThat(error.has("field")).isTrue();
        assertThat(error.get("field").isNull()).isTrue();
    }

    @Test
    void aWrongMethodIsA405InJsonThatSaysWhatIsAllowed() {
        HttpResponse<String> response = market.send(HttpRequest.newBuilder(market.uri("/api/v1/products"))
                .DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(TestMarketplace.json(response).get("error").asText()).isEqualTo("method_not_allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aBodyOverOneMebibyteIsA413() throws Exception {
        OversizedRequest.Answer answer = OversizedRequest.announced(market.uri("/"), "POST", "/api/v1/products",
                Map.of("Content-Type", "application/json"), 1024 * 1024 + 1, "{\"name\":\"");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).isEqualTo("payload_too_large");
    }

    /** Random combinations of odd values in every parameter: the answer is 200 or 400, never anything else. */
    @Test
    void noCombinationOfParametersMakesTheApiFail() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> parameters = List.of("q", "commune", "category", "merchant", "minPrice", "maxPrice", "inStock", "sort", "page", "size");
        List<String> values = List.of("", " ", "0", "1", "-1", "24", "100", "101", "abc", "true", "false", "price_asc", "62765",
                "9223372036854775807", "9223372036854775808", "1e3", "12,5", "%", "<script>", "Ω", "'; DROP TABLE product; --",
                "\u0000", "newest", "62A40", "2A004", "(", "\"", "*", "name:miel", "a~2", "\\", "AND", "[1 TO 2]", "?",
                "miel)", "/", "&&", "+", "!", "^2", "{", "OR OR", "chaussure* -cuir", "a".repeat(200));
        for (int attempt = 0; attempt < 150; attempt++) {
            StringBuilder query = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                query.append(i == 0 ? "?" : "&").append(parameters.get(random.nextInt(parameters.size()))).append('=')
                        .append(URLEncoder.encode(values.get(random.nextInt(values.size())), StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = market.get("/api/v1/products" + query);
            assertThat(response.statusCode()).as("seed %d, query %s: %s", seed, query, response.body()).isIn(200, 400);
            TestMarketplace.json(response);
        }
    }
}

package io.comptoir.app.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.OversizedRequest;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.comptoir.app.testing.WebSession.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/cart}: guests with the cart cookie and a CSRF token, shoppers with a bearer token; bad input changes nothing. */
@EachDatabaseClass
final class CartApiTest {
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = TestMarketplace.start(database);
        c = market.catalogue;
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** A guest as a script of our own pages would be: the CSRF token of its cookie in the X-CSRF-Token header. */
    private static WebSession guest() {
        WebSession guest = new WebSession(market);
        guest.get("/connexion");
        return guest;
    }

    private static String csrf(WebSession guest) {
        return guest.cookie("comptoir_csrf").orElseThrow();
    }

    private static HttpResponse<String> call(WebSession guest, String method, String path, String body) {
        return guest.json(method, path, body, "X-CSRF-Token", csrf(guest));
    }

    private static long variant(io.comptoir.engine.api.catalogue.Product product) {
        return product.variants().get(0).id().value();
    }

    @Test
    void aVisitorWithoutACartReadsAnEmptyOneAndGetsNoCookie() {
        WebSession visitor = new WebSession(market);
        HttpResponse<String> response = visitor.get("/api/v1/cart");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode cart = json(response);
        assertThat(cart.get("itemCount").asInt()).isZero();
        assertThat(cart.get("total").toString()).isEqualTo("{\"amount\":0,\"currency\":\"EUR\"}");
        assertThat(cart.get("shops")).isEmpty();
        assertThat(visitor.cookie("comptoir_cart")).isEmpty();
    }

    @Test
    void aGuestAddsSetsAndRemovesLinesWithTheCartCookie() {
        WebSession guest = guest();
        HttpResponse<String> added = call(guest, "POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.honeyJar) + ", \"quantity\": 2}");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.headers().allValues("Set-Cookie")).anySatisfy(h -> assertThat(h).startsWith("comptoir_cart=").contains("HttpOnly"));
        call(guest, "POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.candle) + ", \"quantity\": 1}");

        JsonNode cart = json(guest.get("/api/v1/cart"));
        assertThat(cart.get("itemCount").asInt()).isEqualTo(3);
        assertThat(cart.get("shops").get(0).get("merchant").get("name").asText()).isEqualTo("Le Rucher d’Arques");
        assertThat(cart.get("shops").get(0).get("lines").get(0).get("total").get("amount").asLong()).isEqualTo(1700);
        assertThat(cart.get("shops").get(0).get("lines").get(0).get("image").asText()).startsWith("/assets/");
        assertThat(cart.get("total").get("amount").asLong()).isEqualTo(1700 + 2400);

        JsonNode set = json(call(guest, "PUT", "/api/v1/cart/lines/" + variant(c.honeyJar), "{\"quantity\": 5}"));
        assertThat(set.get("itemCount").asInt()).isEqualTo(6);
        JsonNode zero = json(call(guest, "PUT", "/api/v1/cart/lines/" + variant(c.candle), "{\"quantity\": 0}"));
        assertThat(zero.get("shops")).hasSize(1);
        HttpResponse<String> removed = call(guest, "DELETE", "/api/v1/cart/lines/" + variant(c.honeyJar), null);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(json(removed).get("itemCount").asInt()).isZero();
        HttpResponse<String> again = call(guest, "DELETE", "/api/v1/cart/lines/" + variant(c.honeyJar), null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).get("error").asText()).isEqualTo("cart_line_not_found");
    }

    @Test
    void aShopperWithABearerTokenUsesTheAccountCartWithoutCsrfToken() {
        WebSession client = new WebSession(market);
        JsonNode session = json(client.json("POST", "/api/v1/auth/register",
                "{\"email\": \"api-cart@exemple.fr\", \"password\": \"marais-audomarois-2026\", \"displayName\": \"Client API\"}"));
        String bearer = "Bearer " + session.get("token").asText();
        HttpResponse<String> added = client.json("POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.jam) + ", \"quantity\": 3}",
                "Authorization", bearer);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(client.cookie("comptoir_cart")).as("an account cart needs no cookie").isEmpty();
        assertThat(json(new WebSession(market).json("GET", "/api/v1/cart", null, "Authorization", bearer)).get("itemCount").asInt()).isEqualTo(3);
    }

    @Test
    void writesWithTheCartCookieButWithoutTheCsrfTokenAreRefused() {
        WebSession guest = guest();
        call(guest, "POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.jam) + ", \"quantity\": 1}");
        for (String[] request : new String[][]{{"POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.jam) + ", \"quantity\": 1}"},
                {"PUT", "/api/v1/cart/lines/" + variant(c.jam), "{\"quantity\": 9}"}, {"DELETE", "/api/v1/cart/lines/" + variant(c.jam), null}}) {
            HttpResponse<String> refused = guest.json(request[0], request[1], request[2]);
            assertThat(refused.statusCode()).as(request[0]).isEqualTo(403);
            assertThat(json(refused).get("error").asText()).isEqualTo("forbidden");
        }
        assertThat(json(guest.get("/api/v1/cart")).get("itemCount").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "POST | /api/v1/cart/lines | {                                       | 400 | malformed_json   | ",
            "POST | /api/v1/cart/lines | ~[1, 2]~                                | 400 | malformed_json   | ",
            "POST | /api/v1/cart/lines | ~{\"variantId\": 1, \"variantId\": 2, \"quantity\": 1}~ | 400 | malformed_json | ",
            "POST | /api/v1/cart/lines | ~{\"variantId\": \"V\", \"quantity\": 1}~ | 400 | invalid_variantId | variantId",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": \"2\"}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": -1}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": 0}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": 100}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": 1.5}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": 99999999999999999999999}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT, \"quantity\": 1e20}~ | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": VARIANT}~                | 400 | invalid_quantity | quantity",
            "POST | /api/v1/cart/lines | ~{\"variantId\": 0, \"quantity\": 1}~     | 400 | invalid_variantId | variantId",
            "POST | /api/v1/cart/lines | ~{\"variantId\": 987654, \"quantity\": 1}~ | 404 | variant_not_found | ",
            "POST | /api/v1/cart/lines | ~{\"variantId\": HIDDEN, \"quantity\": 1}~ | 404 | variant_not_found | ",
            "POST | /api/v1/cart/lines | ~{\"variantId\": SOLDOUT, \"quantity\": 1}~ | 409 | insufficient_stock | ",
            "PUT  | /api/v1/cart/lines/VARIANT | ~{\"quantity\": -3}~           | 400 | invalid_quantity | quantity",
            "PUT  | /api/v1/cart/lines/VARIANT | ~{\"quantity\": null}~         | 400 | invalid_quantity | quantity",
            "PUT  | /api/v1/cart/lines/VARIANT | ~{\"quantity\": 21}~           | 409 | insufficient_stock | ",
            "PUT  | /api/v1/cart/lines/abc | ~{\"quantity\": 1}~                 | 400 | invalid_variantId | variantId",
            "PUT  | /api/v1/cart/lines/-5 | ~{\"quantity\": 1}~                  | 400 | invalid_variantId | variantId",
            "PUT  | /api/v1/cart/lines/987654 | ~{\"quantity\": 1}~              | 404 | variant_not_found | ",
            "DELETE | /api/v1/cart/lines/987654 |                                  | 404 | cart_line_not_found | ",
            "DELETE | /api/v1/cart/lines/x1 |                                      | 400 | invalid_variantId | variantId",
    })
    void badInputIsA4xxJsonErrorAndChangesNothing(String method, String path, String body, int status, String error, String field) {
        WebSession guest = guest();
        call(guest, "POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.honeyJar) + ", \"quantity\": 1}");
        String before = json(guest.get("/api/v1/cart")).toString();
        String resolvedPath = path.replace("VARIANT", Long.toString(variant(c.honeyJar)));
        String resolvedBody = body == null ? null : body.replace("VARIANT", Long.toString(variant(c.honeyJar)))
                .replace("HIDDEN", Long.toString(variant(c.hiddenVase))).replace("SOLDOUT", Long.toString(variant(c.soldOutBoots)));

        HttpResponse<String> response = call(guest, method.strip(), resolvedPath, resolvedBody);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = json(response);
        assertThat(problem.get("error").asText()).isEqualTo(error);
        assertThat(problem.get("message").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("field").asText()).isEqualTo(field);
        }
        assertThat(json(guest.get("/api/v1/cart")).toString()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonOrTooLargeIsRefused() {
        WebSession guest = guest();
        HttpResponse<String> text = guest.send(java.net.http.HttpRequest.newBuilder(market.uri("/api/v1/cart/lines"))
                .header("Content-Type", "text/plain").header("X-CSRF-Token", csrf(guest))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variantId\": " + variant(c.jam) + ", \"quantity\": 1}")));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(json(text).get("error").asText()).isEqualTo("unsupported_media_type");

        OversizedRequest.Answer large = OversizedRequest.announced(market.uri("/"), "POST", "/api/v1/cart/lines",
                Map.of("Content-Type", "application/json", "X-CSRF-Token", csrf(guest),
                        "Cookie", guest.cookieHeader()),
                1024 * 1024 + 1, "{\"variantId\": " + variant(c.jam) + ", \"quantity\": 1, \"padding\": \"xxxx");
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().get("error").asText()).isEqualTo("payload_too_large");
        assertThat(json(guest.get("/api/v1/cart")).get("itemCount").asInt()).isZero();
    }

    @Test
    void aProductNamedLikeAScriptIsPlainDataInTheJson() {
        WebSession guest = guest();
        JsonNode cart = json(call(guest, "POST", "/api/v1/cart/lines", "{\"variantId\": " + variant(c.scriptProduct) + ", \"quantity\": 1}"));
        assertThat(cart.get("shops").get(0).get("lines").get(0).get("productName").asText()).isEqualTo(TestCatalogue.SCRIPT_NAME);
    }
}

package io.comptoir.app.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/search/suggestions} over real HTTP: what the search box proposes, and bad input. */
final class SuggestionsApiTest {
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
        c = market.catalogue;
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void theBeginningOfAWordSuggestsProductsShopsAndCategoriesWithTheirAddresses() {
        HttpResponse<String> response = market.get(SuggestionsApi.PATH + "?q=chaus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        JsonNode answer = TestMarketplace.json(response);
        assertThat(answer.get("text").asText()).isEqualTo("chaus");
        assertThat(names(answer.get("products"))).contains(c.boots.name(), c.derby.name());
        assertThat(names(answer.get("shops"))).containsExactly("Chaussures Martin");
        JsonNode boots = product(answer, c.boots.name());
        assertThat(boots.get("url").asText()).endsWith("/produits/" + c.boots.id() + "-" + c.boots.slug());
        assertThat(boots.get("shop").asText()).isEqualTo("Chaussures Martin");
        assertThat(boots.get("otherShops").asInt()).isZero();
        assertThat(answer.get("shops").get(0).get("url").asText()).endsWith("/boutiques/" + c.martin.id() + "-" + c.martin.slug());
        assertThat(answer.get("shops").get(0).get("commune").asText()).isEqualTo("Saint-Omer");
        for (JsonNode category : answer.get("categories")) {
            assertThat(category.get("url").asText()).contains("/categories/");
        }
    }

    @Test
    void aTypoStillSuggestsAndTheLimitIsKept() {
        JsonNode answer = market.json(SuggestionsApi.PATH + "?q=confitrue");
        assertThat(names(answer.get("products"))).as("the product the typo means comes first").startsWith(c.jam.name());

        JsonNode one = market.json(SuggestionsApi.PATH + "?q=chaus&limit=1");
        assertThat(one.get("products")).hasSize(1);
    }

    @Test
    void anEmptyTextSuggestsNothingAndHiddenProductsAreNeverSuggested() {
        JsonNode empty = market.json(SuggestionsApi.PATH + "?q=");
        assertThat(empty.get("products")).isEmpty();
        assertThat(empty.get("shops")).isEmpty();
        assertThat(empty.get("categories")).isEmpty();

        assertThat(names(market.json(SuggestionsApi.PATH + "?q=vase").get("products"))).isEmpty();
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        for (String[] bad : List.of(new String[] {"q=" + "a".repeat(201), "q"}, new String[] {"q=miel&limit=0", "limit"},
                new String[] {"q=miel&limit=21", "limit"}, new String[] {"q=miel&limit=beaucoup", "limit"})) {
            HttpResponse<String> response = market.get(SuggestionsApi.PATH + "?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(TestMarketplace.json(response).get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    private static JsonNode product(JsonNode answer, String name) {
        for (JsonNode product : answer.get("products")) {
            if (product.get("name").asText().equals(name)) {
                return product;
            }
        }
        throw new AssertionError("no suggestion " + name + " in " + answer);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get("name").asText()));
        return names;
    }
}

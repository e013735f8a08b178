package io.comptoir.app.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.comptoir.app.testing.TestCatalogue.ARQUES;
import static io.comptoir.app.testing.TestCatalogue.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/products} over real HTTP, on H2 and PostgreSQL. */
final class ProductApiTest {

    @EachDatabase
    void searchListsTheVisibleProductsWithTheDocumentedShape(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            JsonNode page = market.json("/api/v1/products");

            assertThat(fieldNames(page)).containsExactly("items", "total", "page", "size", "facets");
            assertThat(page.get("total").asLong()).isEqualTo(c.visibleProducts().size());
            assertThat(page.get("page").asInt()).isZero();
            assertThat(page.get("size").asInt()).isEqualTo(24);
            assertThat(names(page)).containsExactlyInAnyOrderElementsOf(c.visibleProducts().stream().map(Product::name).toList())
                    .doesNotContain(c.hiddenVase.name(), c.trainingCushion.name());

            JsonNode boots = item(page, c.boots);
            assertThat(fieldNames(boots)).containsExactly("id", "slug", "name", "merchant", "commune", "category", "minPrice",
                    "maxPrice", "inStock", "image", "url");
            assertThat(boots.get("minPrice").toString()).isEqualTo("{\"amount\":7990,\"currency\":\"EUR\"}");
            assertThat(boots.get("maxPrice").get("amount").asLong()).isEqualTo(8490);
            assertThat(boots.get("merchant").get("name").asText()).isEqualTo("Chaussures Martin");
            assertThat(boots.get("merchant").get("id").asLong()).isEqualTo(c.martin.id().value());
            assertThat(boots.get("commune").toString()).isEqualTo("{\"insee\":\"62765\",\"name\":\"Saint-Omer\"}");
            assertThat(boots.get("category").get("name").asText()).isEqualTo("Chaussures");
            assertThat(boots.get("inStock").asBoolean()).isTrue();
            assertThat(boots.get("image").isNull()).isTrue();
            assertThat(boots.get("url").asText()).isEqualTo("/produits/" + c.boots.id().value() + "-chaussures-de-marche-rando");
            assertThat(item(page, c.honeyJar).get("image").asText()).isEqualTo("/assets/" + c.honeyPictureKey);
            assertThat(item(page, c.soldOutBoots).get("inStock").asBoolean()).isFalse();

            List<String> facetNames = new ArrayList<>();
            page.get("facets").forEach(facet -> facetNames.add(facet.get("name").asText()));
            assertThat(facetNames).containsExactly("commune", "category", "merchant", "price", "inStock");
            JsonNode communes = page.get("facets").get(0).get("values");
            assertThat(communes.get(0).toString()).isEqualTo("{\"value\":\"62765\",\"label\":\"Saint-Omer\",\"count\":4}");
        }
    }

    @EachDatabase
    void filtersOfOneKindAreOrEdAndKindsAreAndEd(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            assertThat(names(market.json("/api/v1/products?commune=" + SAINT_OMER + "&commune=" + ARQUES)))
                    .containsExactlyInAnyOrder(c.boots.name(), c.derby.name(), c.soldOutBoots.name(), c.scriptProduct.name(),
                            c.honeyJar.name(), c.jam.name());
            assertThat(names(market.json("/api/v1/products?commune=" + SAINT_OMER + "&commune=" + ARQUES + "&category=" + c.food.id())))
                    .as("a category matches its descendants").containsExactlyInAnyOrder(c.honeyJar.name(), c.jam.name());
            assertThat(names(market.json("/api/v1/products?merchant=" + c.rucher.id() + "&merchant=" + c.lumbroise.id())))
                    .containsExactlyInAnyOrder(c.honeyJar.name(), c.jam.name(), c.candle.name());
            assertThat(names(market.json("/api/v1/products?minPrice=850&maxPrice=7990")))
                    .as("bounds are inclusive, on the lowest price")
                    .containsExactlyInAnyOrder(c.honeyJar.name(), c.scriptProduct.name(), c.candle.name(), c.boots.name());
            assertThat(names(market.json("/api/v1/products?inStock=true&merchant=" + c.martin.id())))
                    .containsExactlyInAnyOrder(c.boots.name(), c.derby.name(), c.scriptProduct.name());
            assertThat(market.json("/api/v1/products?inStock=false").get("total").asLong()).isEqualTo(c.visibleProducts().size());
        }
    }

    @EachDatabase
    void sortsAndPagesTheResults(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            assertThat(names(market.json("/api/v1/products?sort=price_asc")))
                    .startsWith(c.jam.name(), c.honeyJar.name(), c.scriptProduct.name()).endsWith(c.soldOutBoots.name());
            assertThat(names(market.json("/api/v1/products?sort=price_desc"))).startsWith(c.soldOutBoots.name(), c.derby.name());

            JsonNode second = market.json("/api/v1/products?sort=price_asc&size=3&page=1");
            assertThat(second.get("page").asInt()).isEqualTo(1);
            assertThat(second.get("size").asInt()).isEqualTo(3);
            assertThat(second.get("total").asLong()).isEqualTo(7);
            assertThat(names(second)).containsExactly(c.candle.name(), c.boots.name(), c.derby.name());
            assertThat(names(market.json("/api/v1/products?size=3&page=5"))).isEmpty();
        }
    }

    @EachDatabase
    void freeTextFindsProductsByTheirWords(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            assertThat(names(market.json("/api/v1/products?q=miel"))).contains(c.honeyJar.name()).doesNotContain(c.boots.name());
            assertThat(names(market.json("/api/v1/products?q=chaussure"))).contains(c.boots.name(), c.derby.name())
                    .doesNotContain(c.honeyJar.name(), c.candle.name());
        }
    }

    @EachDatabase
    void aVisibleProductReadsInFullWithVariantsPicturesAndCategoryPath(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            JsonNode boots = market.json("/api/v1/products/" + c.boots.id());
            assertThat(fieldNames(boots)).containsExactly("id", "slug", "name", "description", "url", "merchant", "commune",
                    "category", "categoryPath", "minPrice", "maxPrice", "inStock", "images", "variants", "createdAt", "updatedAt");
            assertThat(boots.get("description").asText()).isEqualTo("Cuir pleine fleur, semelle en gomme.");
            assertThat(boots.get("variants")).hasSize(2);
            JsonNode first = boots.get("variants").get(0);
            assertThat(fieldNames(first)).containsExactly("id", "sku", "label", "options", "price", "stock", "inStock");
            assertThat(first.get("sku").asText()).isEqualTo("RANDO-41");
            assertThat(first.get("options").toString()).isEqualTo("[{\"name\":\"Pointure\",\"value\":\"41\"}]");
            assertThat(first.get("price").toString()).isEqualTo("{\"amount\":7990,\"currency\":\"EUR\"}");
            assertThat(first.get("stock").asInt()).isEqualTo(3);
            assertThat(boots.get("categoryPath").toString()).contains("Mode et chaussures", "Chaussures");
            assertThat(boots.get("categoryPath").get(0).get("slug").asText()).isEqualTo(c.fashion.slug());
            assertThat(boots.get("merchant").get("url").asText()).isEqualTo("/boutiques/" + c.martin.id() + "-" + c.martin.slug());
            assertThat(boots.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

            JsonNode honey = market.json("/api/v1/products/" + c.honeyJar.id());
            assertThat(honey.get("images").toString())
                    .isEqualTo("[{\"url\":\"/assets/" + c.honeyPictureKey + "\",\"alt\":\"Un pot de miel doré\"}]");
            assertThat(honey.get("commune").get("name").asText()).isEqualTo("Arques");
        }
    }

    @EachDatabase
    void hiddenProductsAndProductsOfShopsNotLiveAreNotFound(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            for (Product product : List.of(c.hiddenVase, c.trainingCushion)) {
                HttpResponse<String> response = market.get("/api/v1/products/" + product.id());
                assertThat(response.statusCode()).as(product.name()).isEqualTo(404);
                assertThat(TestMarketplace.json(response).get("error").asText()).isEqualTo("product_not_found");
            }
            assertThat(market.get("/api/v1/products/987654").statusCode()).isEqualTo(404);
        }
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode item(JsonNode page, Product product) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == product.id().value()) {
                return item;
            }
        }
        throw new AssertionError("no item for " + product.name() + " in " + page);
    }
}

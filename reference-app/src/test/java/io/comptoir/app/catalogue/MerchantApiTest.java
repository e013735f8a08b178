package io.comptoir.app.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;

import static io.comptoir.app.catalogue.ProductApiTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/merchants}, {@code /api/v1/categories}, {@code /api/v1/communes} and {@code /assets}. */
final class MerchantApiTest {

    @EachDatabase
    void listsTheLiveShopsByNameFilteredByCommuneAndCategory(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            JsonNode all = market.json("/api/v1/merchants");
            assertThat(fieldNames(all)).containsExactly("items", "total", "page", "size");
            assertThat(names(all)).containsExactly("Chaussures Martin", "Le Rucher d’Arques", "Maison Lumbroise");
            assertThat(all.get("total").asInt()).isEqualTo(3);

            assertThat(names(market.json("/api/v1/merchants?commune=" + TestCatalogue.SAINT_OMER))).containsExactly("Chaussures Martin");
            assertThat(names(market.json("/api/v1/merchants?category=" + c.food.id()))).as("descendant categories count")
                    .containsExactly("Le Rucher d’Arques");
            assertThat(names(market.json("/api/v1/merchants?commune=" + TestCatalogue.LONGUENESSE))).isEmpty();
            JsonNode secondPage = market.json("/api/v1/merchants?size=2&page=1");
            assertThat(names(secondPage)).containsExactly("Maison Lumbroise");
            assertThat(secondPage.get("total").asInt()).isEqualTo(3);
        }
    }

    @EachDatabase
    void aLiveShopReadsWithAddressHoursContactAndCategories(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            JsonNode shop = market.json("/api/v1/merchants/" + c.martin.id());

            assertThat(fieldNames(shop)).containsExactly("id", "slug", "name", "trade", "description", "url", "featured", "photo",
                    "address", "openingHours", "contact", "categories");
            assertThat(shop.get("featured").asBoolean()).isTrue();
            assertThat(shop.get("photo").isNull()).isTrue();
            assertThat(shop.get("address").toString()).isEqualTo(
                    "{\"street\":\"12 rue de Dunkerque\",\"postalCode\":\"62500\",\"commune\":{\"insee\":\"62765\",\"name\":\"Saint-Omer\"}}");
            JsonNode hours = shop.get("openingHours");
            assertThat(hours.get("text").asText()).isEqualTo("Tu-Sa 09:00-12:00,14:00-19:00");
            assertThat(hours.get("days")).hasSize(7);
            assertThat(hours.get("days").get(0).toString()).isEqualTo("{\"day\":\"MONDAY\",\"ranges\":[]}");
            assertThat(hours.get("days").get(1).toString()).isEqualTo(
                    "{\"day\":\"TUESDAY\",\"ranges\":[{\"opens\":\"09:00\",\"closes\":\"12:00\"},{\"opens\":\"14:00\",\"closes\":\"19:00\"}]}");
            assertThat(shop.get("contact").get("phone").asText()).isEqualTo("03 21 38 00 00");
            assertThat(shop.get("categories").toString()).isEqualTo(
                    "[{\"id\":" + c.shoes.id() + ",\"slug\":\"" + c.shoes.slug() + "\",\"name\":\"Chaussures\"}]");

            JsonNode rucher = market.json("/api/v1/merchants/" + c.rucher.id());
            assertThat(rucher.get("contact").toString()).isEqualTo("{\"email\":null,\"phone\":null,\"website\":null}");
        }
    }

    @EachDatabase
    void aShopThatIsNotLiveIsNotFound(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            assertThat(market.get("/api/v1/merchants/" + market.catalogue.training.id()).statusCode()).isEqualTo(404);
            assertThat(TestMarketplace.json(market.get("/api/v1/merchants/424242")).get("error").asText()).isEqualTo("merchant_not_found");
        }
    }

    @EachDatabase
    void categoriesComeAsATreeAndCommunesWithTheirLiveShops(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestCatalogue c = market.catalogue;
            JsonNode tree = market.json("/api/v1/categories");
            assertThat(tree).hasSize(3);
            assertThat(tree.get(0).get("name").asText()).isEqualTo("Mode et chaussures");
            assertThat(tree.get(0).get("url").asText()).isEqualTo("/categories/" + c.fashion.slug());
            assertThat(tree.get(0).get("children").get(0).get("name").asText()).isEqualTo("Chaussures");
            assertThat(tree.get(0).get("children").get(0).get("children")).isEmpty();
            assertThat(tree.get(1).get("children").get(0).get("name").asText()).isEqualTo("Miel et confitures");

            JsonNode communes = market.json("/api/v1/communes");
            assertThat(communes).hasSize(4);
            List<String> lines = new ArrayList<>();
            communes.forEach(commune -> lines.add(commune.get("name").asText() + " " + commune.get("intercommunality").get("code").asText()
                    + " " + commune.get("liveShops").asInt()));
            assertThat(lines).containsExactly("Arques CAPSO 1", "Longuenesse CAPSO 0", "Lumbres CCPL 1", "Saint-Omer CAPSO 1");
            assertThat(communes.get(0).get("population").asInt()).isEqualTo(9_500);
        }
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }
}

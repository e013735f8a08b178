package io.comptoir.training.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the demo's base seeds the training seeds stand on (territory, categories, shops), loaded the way the
 * reference app loads them; products are left out to keep the test short.
 */
final class DemoBaseSeeds {
    private static final Actor SEEDER = Actor.system("seed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoBaseSeeds() {
    }

    static InputStream open(String file) {
        InputStream stream = DemoBaseSeeds.class.getResourceAsStream("/seeds/demo/" + file);
        if (stream == null) {
            throw new IllegalStateException("no seeds/demo/" + file + " on the test class path");
        }
        return stream;
    }

    static void load(Engine engine) throws IOException {
        JsonNode territory = JSON.readTree(open("territory.json"));
        territory.get("intercommunalities").forEach(node -> engine.territory().saveIntercommunality(
                new Intercommunality(node.get("code").asText(), node.get("name").asText(), node.get("siren").asText())));
        territory.get("communes").forEach(node -> engine.territory().saveCommune(new Commune(node.get("insee").asText(),
                node.get("name").asText(), node.get("postalCode").asText(), node.get("intercommunality").asText(), node.get("population").asInt())));
        Map<String, CategoryId> categories = new HashMap<>();
        for (JsonNode root : JSON.readTree(open("categories.json"))) {
            category(engine, root, Optional.empty(), categories);
        }
        for (JsonNode shop : JSON.readTree(open("merchants.json"))) {
            List<CategoryId> shopCategories = new ArrayList<>();
            shop.get("categories").forEach(slug -> shopCategories.add(categories.get(slug.asText())));
            JsonNode address = shop.get("address");
            JsonNode contact = shop.get("contact");
            engine.merchants().importMerchant(new MerchantProfile(shop.get("name").asText(), shop.get("siret").asText(), shop.get("trade").asText(),
                    shop.get("description").asText(), new Address(address.get("street").asText(), address.get("postalCode").asText(),
                    address.get("communeInsee").asText()), new Contact(contact.get("email").asText(), contact.get("phone").asText(),
                    contact.get("website").asText()), OpeningHours.parse(shop.get("openingHours").asText()), shopCategories, Optional.empty()),
                    MerchantStatus.valueOf(shop.get("status").asText()), shop.get("featured").asBoolean(), SEEDER);
        }
    }

    private static void category(Engine engine, JsonNode node, Optional<CategoryId> parent, Map<String, CategoryId> categories) {
        Category category = engine.catalogue().createCategory(parent, node.get("name").asText(), SEEDER);
        categories.put(node.get("slug").asText(), category.id());
        node.get("children").forEach(child -> category(engine, child, Optional.of(category.id()), categories));
    }
}

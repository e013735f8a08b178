package io.comptoir.vouchers.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo territory, categories and shops (not the products) the way the reference app's seed loader does, so the
 * vouchers seeds can be loaded on top in a test. The reference app is not visible from the plugin.
 */
final class BaseSeeds {
    /** The demo territory's folder: its communes and categories; its demo shops and voucher set-up in {@link #DIRECTORY}. */
    static final Path TERRITORY = Path.of("..", "territories", "pays-de-saint-omer");
    static final Path DIRECTORY = TERRITORY.resolve("demo");
    private static final Actor SEEDER = Actor.system("seed");

    private BaseSeeds() {
    }

    static void load(Engine engine) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        JsonNode territory = json.readTree(TERRITORY.resolve("territory.json").toFile());
        for (JsonNode entry : territory.path("intercommunalities")) {
            engine.territory().saveIntercommunality(new Intercommunality(entry.path("code").asText(), entry.path("name").asText(),
                    entry.path("siren").asText()));
        }
        for (JsonNode entry : territory.path("communes")) {
            engine.territory().saveCommune(new Commune(entry.path("insee").asText(), entry.path("name").asText(),
                    entry.path("postalCode").asText(), entry.path("intercommunality").asText(), entry.path("population").asInt()));
        }
        Map<String, CategoryId> categories = new HashMap<>();
        for (JsonNode root : json.readTree(TERRITORY.resolve("categories.json").toFile())) {
            category(engine, root, Optional.empty(), categories);
        }
        for (JsonNode entry : json.readTree(DIRECTORY.resolve("merchants.json").toFile())) {
            List<CategoryId> shopCategories = new ArrayList<>();
            entry.path("categories").forEach(slug -> shopCategories.add(categories.get(slug.asText())));
            JsonNode address = entry.path("address");
            JsonNode contact = entry.path("contact");
            engine.merchants().importMerchant(new MerchantProfile(entry.path("name").asText(), entry.path("siret").asText(),
                    entry.path("trade").asText(), entry.path("description").asText(), new Address(address.path("street").asText(),
                    address.path("postalCode").asText(), address.path("communeInsee").asText()), new Contact(contact.path("email").asText(),
                    contact.path("phone").asText(), contact.path("website").asText()), OpeningHours.parse(entry.path("openingHours").asText()),
                    shopCategories, Optional.empty()), MerchantStatus.valueOf(entry.path("status").asText()), entry.path("featured").asBoolean(),
                    SEEDER);
        }
    }

    private static void category(Engine engine, JsonNode entry, Optional<CategoryId> parent, Map<String, CategoryId> categories) {
        Category category = engine.catalogue().createCategory(parent, entry.path("name").asText(), SEEDER);
        categories.put(entry.path("slug").asText(), category.id());
        for (JsonNode child : entry.path("children")) {
            category(engine, child, Optional.of(category.id()), categories);
        }
    }
}

package io.comptoir.engine.core.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.core.persistence.Slugs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A territory's folder ({@code territory.json}, {@code categories.json}, and its demo data's {@code demo/merchants.json},
 * {@code demo/products.json}, see {@code seeds/README.md}) read as the search index sees them: one {@link SearchDocument}
 * per product of a live shop, built as {@link SearchDocumentSource} builds them from the database, with the facts
 * the relevance judgments are written on.
 */
public final class SeedCatalogue {

    /** A product as the judgments see it: the texts a rule may test, and the product's document. */
    public record Entry(SearchDocument document, String name, String description, String categorySlug, String rootSlug,
                 String shop, String trade, String commune) {
    }

    private final List<Entry> entries;

    private SeedCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<SearchDocument> documents() {
        return entries.stream().map(Entry::document).toList();
    }

    public static SeedCatalogue read(Path directory) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> communes = new HashMap<>();
        for (JsonNode commune : json.readTree(directory.resolve("territory.json").toFile()).path("communes")) {
            communes.put(commune.path("insee").asText(), commune.path("name").asText());
        }
        Map<String, Category> categories = new LinkedHashMap<>();
        for (JsonNode root : json.readTree(directory.resolve("categories.json").toFile())) {
            addCategory(root, null, categories);
        }
        Map<String, Shop> shops = new HashMap<>();
        for (JsonNode merchant : json.readTree(directory.resolve("demo").resolve("merchants.json").toFile())) {
            if ("LIVE".equals(merchant.path("status").asText())) {
                String name = merchant.path("name").asText();
                shops.put(merchant.path("ref").asText(), new Shop(new MerchantId(shops.size() + 1L), name,
                        merchant.path("trade").asText(), merchant.path("address").path("communeInsee").asText()));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode product : json.readTree(directory.resolve("demo").resolve("products.json").toFile())) {
            Shop shop = shops.get(product.path("merchant").asText());
            if (shop == null) {
                continue;
            }
            Category category = categories.get(product.path("category").asText());
            long minPrice = Long.MAX_VALUE;
            long maxPrice = 0;
            boolean inStock = false;
            List<List<String>> variantWords = new ArrayList<>();
            for (JsonNode variant : product.path("variants")) {
                long price = variant.path("price").asLong();
                minPrice = Math.min(minPrice, price);
                maxPrice = Math.max(maxPrice, price);
                inStock |= variant.path("stock").asLong() > 0;
                List<String> options = new ArrayList<>();
                variant.path("options").forEach(option -> options.add(option.get(1).asText()));
                variantWords.add(SearchDocumentSource.variantWords(variant.path("sku").asText(), options));
            }
            String name = product.path("name").asText();
            String description = product.path("description").asText();
            String commune = communes.getOrDefault(shop.communeInsee(), shop.communeInsee());
            SearchDocument document = new SearchDocument(new ProductId(entries.size() + 1L), Slugs.slugify(name), name,
                    description, SearchDocumentSource.keywords(shop.trade(), variantWords), shop.id(), shop.name(),
                    Slugs.slugify(shop.name()), shop.communeInsee(), commune, category.id(), category.name(),
                    category.path(), new Money(minPrice, Money.EUR), new Money(maxPrice, Money.EUR), inStock,
                    Instant.parse(product.path("createdAt").asText()), Optional.empty(), "");
            entries.add(new Entry(document, name, description, category.slug(), category.rootSlug(), shop.name(),
                    shop.trade(), commune));
        }
        return new SeedCatalogue(entries);
    }

    private static void addCategory(JsonNode node, Category parent, Map<String, Category> categories) {
        CategoryId id = new CategoryId(categories.size() + 1L);
        List<CategoryId> path = new ArrayList<>(parent == null ? List.of() : parent.path());
        path.add(id);
        String slug = node.path("slug").asText();
        Category category = new Category(id, slug, node.path("name").asText(), parent == null ? slug : parent.rootSlug(), path);
        categories.put(slug, category);
        for (JsonNode child : node.path("children")) {
            addCategory(child, category, categories);
        }
    }

    private record Category(CategoryId id, String slug, String name, String rootSlug, List<CategoryId> path) {
    }

    private record Shop(MerchantId id, String name, String trade, String communeInsee) {
    }
}

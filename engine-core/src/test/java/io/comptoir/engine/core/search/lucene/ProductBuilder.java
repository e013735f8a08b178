package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Search documents for tests, with plausible defaults: a product of an épicerie of Saint-Omer. */
final class ProductBuilder {

    static final Instant EPOCH = Instant.parse("2025-01-01T09:00:00Z");

    private final long id;
    private String name;
    private String description = "";
    private String keywords = "";
    private long merchantId = 1;
    private String merchantName = "Épicerie Lefebvre";
    private String communeInsee = "62765";
    private String communeName = "Saint-Omer";
    private long categoryId = 11;
    private String categoryName = "Épicerie fine";
    private List<Long> categoryPath = List.of(1L, 11L);
    private long price = 1_000;
    private boolean inStock = true;
    private Instant createdAt;
    private Optional<String> imageKey = Optional.empty();

    private ProductBuilder(long id) {
        this.id = id;
        this.name = "Produit " + id;
        this.createdAt = EPOCH.plusSeconds(id);
    }

    static ProductBuilder product(long id) {
        return new ProductBuilder(id);
    }

    ProductBuilder name(String value) {
        name = value;
        return this;
    }

    ProductBuilder description(String value) {
        description = value;
        return this;
    }

    ProductBuilder keywords(String value) {
        keywords = value;
        return this;
    }

    ProductBuilder merchant(long merchant, String merchantLabel) {
        merchantId = merchant;
        merchantName = merchantLabel;
        return this;
    }

    ProductBuilder commune(String insee, String label) {
        communeInsee = insee;
        communeName = label;
        return this;
    }

    /** The category and its path from the root, the category last. */
    ProductBuilder category(String label, long... path) {
        categoryName = label;
        categoryId = path[path.length - 1];
        categoryPath = java.util.Arrays.stream(path).boxed().toList();
        return this;
    }

    ProductBuilder price(long cents) {
        price = cents;
        return this;
    }

    ProductBuilder inStock(boolean value) {
        inStock = value;
        return this;
    }

    ProductBuilder soldOut() {
        return inStock(false);
    }

    ProductBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    ProductBuilder image(String key) {
        imageKey = Optional.of(key);
        return this;
    }

    SearchDocument build() {
        return new SearchDocument(new ProductId(id), "produit-" + id, name, description, keywords,
                new MerchantId(merchantId), merchantName, "boutique-" + merchantId, communeInsee, communeName,
                new CategoryId(categoryId), categoryName, categoryPath.stream().map(CategoryId::new).toList(),
                Money.euros(price), Money.euros(price + 500), inStock, createdAt, imageKey,
                imageKey.isPresent() ? "Photo de " + name : "");
    }
}

package io.comptoir.engine.api.search;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A product as the search index sees it: denormalised, with everything a result list shows, so that a search
 * never needs the database. The engine builds one per product visible to shoppers.
 *
 * @param categoryPath ids from the root category down to {@code categoryId}, inclusive (filters match any of them)
 * @param keywords further searchable text: variant options, the shop's trade
 * @param imageKey the asset key of the first picture, if any
 * @param imageAlt its alternative text (empty when there is no picture)
 */
public record SearchDocument(
        ProductId productId,
        String slug,
        String name,
        String description,
        String keywords,
        MerchantId merchantId,
        String merchantName,
        String merchantSlug,
        String communeInsee,
        String communeName,
        CategoryId categoryId,
        String categoryName,
        List<CategoryId> categoryPath,
        Money minPrice,
        Money maxPrice,
        boolean inStock,
        Instant createdAt,
        Optional<String> imageKey,
        String imageAlt) {

    public SearchDocument {
        requireNonNull(productId, "productId is null");
        requireNonNull(slug, "slug is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(keywords, "keywords is null");
        requireNonNull(merchantId, "merchantId is null");
        requireNonNull(merchantName, "merchantName is null");
        requireNonNull(merchantSlug, "merchantSlug is null");
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(communeName, "communeName is null");
        requireNonNull(categoryId, "categoryId is null");
        requireNonNull(categoryName, "categoryName is null");
        categoryPath = List.copyOf(requireNonNull(categoryPath, "categoryPath is null"));
        requireNonNull(minPrice, "minPrice is null");
        requireNonNull(maxPrice, "maxPrice is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(imageKey, "imageKey is null");
        requireNonNull(imageAlt, "imageAlt is null");
    }
}

package io.comptoir.engine.api.catalogue;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A product a shop sells, with its variants (at least one).
 *
 * @param hidden hidden by its shop: kept, but not shown to shoppers
 */
public record Product(
        ProductId id,
        MerchantId merchantId,
        String slug,
        String name,
        String description,
        CategoryId categoryId,
        List<Image> images,
        List<Variant> variants,
        boolean hidden,
        Instant createdAt,
        Instant updatedAt) {

    public Product {
        requireNonNull(id, "id is null");
        requireNonNull(merchantId, "merchantId is null");
        requireNonNull(slug, "slug is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(categoryId, "categoryId is null");
        images = List.copyOf(requireNonNull(images, "images is null"));
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a product has at least one variant");
        }
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    /** The lowest variant price ("à partir de"). */
    public Money minPrice() {
        return variants.stream().map(Variant::price).min(Comparator.naturalOrder()).orElseThrow();
    }

    public Money maxPrice() {
        return variants.stream().map(Variant::price).max(Comparator.naturalOrder()).orElseThrow();
    }

    public int totalStock() {
        return variants.stream().mapToInt(Variant::stock).sum();
    }

    public boolean inStock() {
        return variants.stream().anyMatch(Variant::inStock);
    }
}

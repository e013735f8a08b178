package io.comptoir.engine.api.catalogue;

import io.comptoir.engine.api.asset.Image;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A product as written by a shop, to create or replace one. Validated by the {@link Catalogue}. */
public record ProductDraft(String name, String description, CategoryId categoryId, List<Image> images, List<VariantDraft> variants) {
    public ProductDraft {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(categoryId, "categoryId is null");
        images = List.copyOf(requireNonNull(images, "images is null"));
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
    }

    /** The draft of an existing product, keeping all its current values. */
    public static ProductDraft of(Product product) {
        return new ProductDraft(product.name(), product.description(), product.categoryId(), product.images(),
                product.variants().stream().map(v -> new VariantDraft(v.sku(), v.options(), v.price(), v.stock())).toList());
    }
}

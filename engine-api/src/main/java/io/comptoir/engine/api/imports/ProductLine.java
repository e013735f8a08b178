package io.comptoir.engine.api.imports;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/**
 * A product of an import file: one variant, whose SKU is the product's reference.
 *
 * @param line the line in the file, for the report
 * @param shopRef the reference the shop was imported under; blank when a shop's staff imports its own products
 * @param ref the product's reference in its shop, its variant's SKU
 */
public record ProductLine(int line, String shopRef, String ref, String name, String description, CategoryId category, Money price, int stock) {
    public ProductLine {
        requireNonNull(shopRef, "shopRef is null");
        requireNonNull(ref, "ref is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(category, "category is null");
        requireNonNull(price, "price is null");
    }
}

package io.comptoir.engine.api.catalogue;

import io.comptoir.engine.api.money.Money;

import java.util.List;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A purchasable form of a product, with its own SKU, price and stock. A product without options has exactly
 * one variant with no options.
 *
 * @param options ordered options, e.g. size then colour; empty for a single-variant product
 * @param stock units on hand and not reserved; never negative
 */
public record Variant(VariantId id, ProductId productId, String sku, List<VariantOption> options, Money price, int stock) {
    public Variant {
        requireNonNull(id, "id is null");
        requireNonNull(productId, "productId is null");
        requireNonNull(sku, "sku is null");
        options = List.copyOf(requireNonNull(options, "options is null"));
        requireNonNull(price, "price is null");
        if (price.isNegative()) {
            throw new IllegalArgumentException("negative price");
        }
        if (stock < 0) {
            throw new IllegalArgumentException("negative stock");
        }
    }

    public boolean inStock() {
        return stock > 0;
    }

    /** The options for people, e.g. "Taille: 42, Couleur: bleu"; empty when there are none. */
    public String label() {
        return options.stream().map(VariantOption::toString).collect(Collectors.joining(", "));
    }
}

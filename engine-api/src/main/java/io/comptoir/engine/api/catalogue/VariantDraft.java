package io.comptoir.engine.api.catalogue;

import io.comptoir.engine.api.money.Money;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A variant as written by a shop. On update, variants are matched to existing ones by SKU: a known SKU is
 * updated, a new SKU is added, and a SKU left out is withdrawn from sale.
 */
public record VariantDraft(String sku, List<VariantOption> options, Money price, int stock) {
    public VariantDraft {
        requireNonNull(sku, "sku is null");
        options = List.copyOf(requireNonNull(options, "options is null"));
        requireNonNull(price, "price is null");
    }
}

package io.comptoir.engine.core.catalogue;

/** A row of {@code variant}. */
public record VariantRow(long id, long productId, long merchantId, String sku, String options, long priceMinor,
                         String currency, int stock, int position, boolean withdrawn) {
}

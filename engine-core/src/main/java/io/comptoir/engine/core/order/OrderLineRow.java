package io.comptoir.engine.core.order;

/** A row of {@code order_line}. */
public record OrderLineRow(long merchantOrderId, int position, long variantId, long productId, String productName,
                           String variantLabel, String sku, long unitPrice, int quantity) {
}

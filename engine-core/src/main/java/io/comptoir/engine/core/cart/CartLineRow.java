package io.comptoir.engine.core.cart;

/**
 * A cart line joined with what it points to, as it is now: the variant's price and stock, whether the variant,
 * the product and the shop still sell it.
 */
public record CartLineRow(long variantId, int quantity, long seenPrice, int position, long productId, long merchantId,
                          String productName, String sku, String options, long price, String currency, int stock,
                          boolean withdrawn, boolean hidden, String merchantStatus,
                          String firstImage) {

    boolean forSale() {
        return !withdrawn && !hidden && "LIVE".equals(merchantStatus);
    }
}

package io.comptoir.engine.api.cart;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A line of a cart as it stands now: current price, current stock.
 *
 * @param variantLabel the variant's options for people, empty for a single-variant product
 * @param available units that can still be bought (stock); the quantity never exceeds it once the cart is read
 * @param imageKey asset key of the product's first picture
 */
public record CartLine(VariantId variantId, ProductId productId, MerchantId merchantId, String productName, String variantLabel,
                       String sku, Money unitPrice, int quantity, int available, Optional<String> imageKey) {
    public CartLine {
        requireNonNull(variantId, "variantId is null");
        requireNonNull(productId, "productId is null");
        requireNonNull(merchantId, "merchantId is null");
        requireNonNull(productName, "productName is null");
        requireNonNull(variantLabel, "variantLabel is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(unitPrice, "unitPrice is null");
        requireNonNull(imageKey, "imageKey is null");
        if (quantity < 1) {
            throw new IllegalArgumentException("a cart line holds at least one unit");
        }
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}

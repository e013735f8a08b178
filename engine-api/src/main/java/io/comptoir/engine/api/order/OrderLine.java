package io.comptoir.engine.api.order;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/** A line of a merchant order, frozen at checkout (names and prices as the shopper saw them). */
public record OrderLine(VariantId variantId, ProductId productId, String productName, String variantLabel, String sku,
                        Money unitPrice, int quantity) {
    public OrderLine {
        requireNonNull(variantId, "variantId is null");
        requireNonNull(productId, "productId is null");
        requireNonNull(productName, "productName is null");
        requireNonNull(variantLabel, "variantLabel is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(unitPrice, "unitPrice is null");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}

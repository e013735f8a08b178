package io.comptoir.engine.api.cart;

import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.money.Money;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Something that changed since the shopper last saw the cart, said once: a price moved, the stock fell below the
 * quantity (which was lowered), or the product is no longer for sale (the line was removed).
 *
 * @param productName to tell people which product, even when it is gone
 */
public record CartNotice(Kind kind, VariantId variantId, String productName, Optional<Money> previousPrice,
                         Optional<Money> currentPrice, int previousQuantity, int currentQuantity) {

    public enum Kind {
        PRICE_CHANGED,
        QUANTITY_REDUCED,
        NO_LONGER_AVAILABLE
    }

    public CartNotice {
        requireNonNull(kind, "kind is null");
        requireNonNull(variantId, "variantId is null");
        requireNonNull(productName, "productName is null");
        requireNonNull(previousPrice, "previousPrice is null");
        requireNonNull(currentPrice, "currentPrice is null");
    }
}

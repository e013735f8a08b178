package io.comptoir.engine.api.order;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/**
 * What a {@link CheckoutHook} asks to change in one shop's part of a basket: a discount (negative amount) or a surcharge
 * (positive), in the marketplace's currency, with a label of 1 to 200 characters. A shop's part may not fall below zero.
 */
public record BasketAdjustment(MerchantId merchant, String label, Money amount) {
    public BasketAdjustment {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(label, "label is null");
        requireNonNull(amount, "amount is null");
        if (label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("an adjustment's label has 1 to 200 characters");
        }
        if (amount.minorUnits() == 0) {
            throw new IllegalArgumentException("an adjustment of nothing");
        }
    }
}

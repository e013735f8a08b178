package io.comptoir.engine.api.order;

import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/**
 * A change of a shop's price made at checkout by a {@link CheckoutHook}: a discount (negative) or a surcharge (positive),
 * shown to the shopper and the shop with its label, and part of the shop's total.
 *
 * @param label for people, e.g. "Fidélité : 500 points"
 * @param source the id of the plugin whose hook made it
 */
public record OrderAdjustment(String label, Money amount, String source) {
    public OrderAdjustment {
        requireNonNull(label, "label is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(source, "source is null");
    }
}

package io.comptoir.engine.api.payment;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One way to pay, as it stands for a basket's shops ({@link Payments#paymentOptions}).
 *
 * @param method the {@link PaymentProvider#id()}
 * @param refusals the shops of the basket it cannot pay and why, in the basket's order; empty when it can pay them all
 */
public record PaymentOption(String method, String displayName, List<ShopRefusal> refusals) {
    public PaymentOption {
        requireNonNull(method, "method is null");
        requireNonNull(displayName, "displayName is null");
        refusals = List.copyOf(requireNonNull(refusals, "refusals is null"));
    }

    /** Whether it can pay every shop of the basket. */
    public boolean acceptedByEveryShop() {
        return refusals.isEmpty();
    }
}

package io.comptoir.engine.api.payment;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One way to pay of the marketplace, as one shop takes it ({@link Payments#paymentMethodsOf}).
 *
 * @param method the {@link PaymentProvider#id()}
 * @param accepted whether the shop's staff accept it (every way to pay is accepted until they refuse it)
 * @param providerRefusal why the provider declines the shop, if it does ({@link PaymentProvider#refusal})
 */
public record ShopPaymentMethod(String method, String displayName, boolean accepted, Optional<PaymentRefusal> providerRefusal) {
    public ShopPaymentMethod {
        requireNonNull(method, "method is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(providerRefusal, "providerRefusal is null");
    }

    /** Whether shoppers can pay the shop this way now: it accepts it and the provider does not decline it. */
    public boolean usable() {
        return accepted && providerRefusal.isEmpty();
    }
}

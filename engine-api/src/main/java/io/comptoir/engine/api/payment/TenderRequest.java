package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.money.Money;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One way the shopper pays part of a basket, in the order given: e.g. two vouchers, then a card for the rest.
 *
 * @param provider the {@link PaymentProvider#id()}, e.g. {@code voucher}, {@code sandbox-card}, {@code pay-at-pickup}
 * @param amount exactly this much (the checkout refuses an amount the tender cannot pay in full: above a voucher's balance, or
 *        more than the basket leaves due at the shops it may pay); empty means as much as the tender can pay of what is
 *        still due
 * @param details what the provider needs, e.g. {@code code} for a voucher, {@code card} for the sandbox card
 */
public record TenderRequest(String provider, Optional<Money> amount, Map<String, String> details) {
    public TenderRequest {
        requireNonNull(provider, "provider is null");
        requireNonNull(amount, "amount is null");
        details = Map.copyOf(requireNonNull(details, "details is null"));
        amount.ifPresent(value -> {
            if (!value.isPositive()) {
                throw new IllegalArgumentException("a tender amount must be positive");
            }
        });
    }

    public static TenderRequest of(String provider, Map<String, String> details) {
        return new TenderRequest(provider, Optional.empty(), details);
    }
}

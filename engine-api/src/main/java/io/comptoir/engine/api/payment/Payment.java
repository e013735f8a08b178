package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One tender of an order, as the engine recorded it.
 *
 * @param position the tender's place in the shopper's list (0 first)
 * @param label what people see, e.g. "Carte •••• 4242" or "Bon d'achat •••• 7Q2K"; never a full card number or code
 * @param providerReference the provider's id for it, once it has one
 */
public record Payment(PaymentId id, CustomerOrderId order, int position, String provider, String label, PaymentStatus status,
                      Money amount, Money captured, Money released, Money refunded, Optional<String> providerReference,
                      Optional<String> failureReason, Instant createdAt) {
    public Payment {
        requireNonNull(id, "id is null");
        requireNonNull(order, "order is null");
        requireNonNull(provider, "provider is null");
        requireNonNull(label, "label is null");
        requireNonNull(status, "status is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(captured, "captured is null");
        requireNonNull(released, "released is null");
        requireNonNull(refunded, "refunded is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(failureReason, "failureReason is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}

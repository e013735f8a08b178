package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Which authorisation the engine asks a provider about (see {@link PaymentProvider#authorisationStatus}): the one it asked
 * for with this idempotency key.
 *
 * @param idempotencyKey the key of the {@link Authorisation} the engine sent (or meant to send)
 * @param providerReference the provider's id for it, when the engine had recorded one
 * @param amount what the engine asked to authorise
 */
public record AuthorisationQuery(String idempotencyKey, PaymentId payment, CustomerOrderId order, Optional<String> providerReference,
                                 Money amount) {
    public AuthorisationQuery {
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        requireNonNull(payment, "payment is null");
        requireNonNull(order, "order is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(amount, "amount is null");
    }
}

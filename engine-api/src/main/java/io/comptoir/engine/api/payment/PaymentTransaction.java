package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** One operation on a tender, as sent to its provider and answered: the payment's audit trail. */
public record PaymentTransaction(long id, PaymentId payment, Kind kind, Money amount, String idempotencyKey,
                                 ProviderResult.Outcome outcome, String message, Instant at) {
    public enum Kind {
        AUTHORISE, CAPTURE, RELEASE, REFUND, WEBHOOK,
        /** The engine asked the provider where the authorisation stands ({@link PaymentProvider#authorisationStatus}). */
        STATUS
    }

    public PaymentTransaction {
        requireNonNull(payment, "payment is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(message, "message is null");
        requireNonNull(at, "at is null");
    }
}

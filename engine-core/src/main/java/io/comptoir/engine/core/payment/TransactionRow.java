package io.comptoir.engine.core.payment;

import java.time.Instant;

/** A row of {@code payment_transaction}. */
public record TransactionRow(long id, long paymentId, String kind, long amount, String idempotencyKey, String outcome, String message, Instant at) {
}

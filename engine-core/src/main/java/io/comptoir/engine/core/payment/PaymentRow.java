package io.comptoir.engine.core.payment;

import java.time.Instant;

/**
 * A row of {@code payment}. {@code status} holds the base state (PENDING, AUTHORISED or FAILED); what the amounts say
 * beyond that (captured, refunded, voided) is derived by {@link PaymentStates}.
 */
public record PaymentRow(long id, long customerOrderId, int position, String provider, String label, String details, String status,
                         long amount, long captured, long released, long refunded, String currency, String providerReference,
                         String failureReason, Instant createdAt) {
}

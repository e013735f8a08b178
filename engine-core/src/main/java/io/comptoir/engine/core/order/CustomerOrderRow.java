package io.comptoir.engine.core.order;

import java.time.Instant;

/** A row of {@code customer_order}. */
public record CustomerOrderRow(long id, String number, long shopperId, String shopperName, String shopperEmail, String status,
                               long total, String currency, String failureReason, String idempotencyKey, String requestHash,
                               Instant createdAt, Instant updatedAt) {
}

package io.comptoir.engine.core.order;

import java.time.Instant;

/** A row of {@code merchant_order_history}. */
public record HistoryRow(long merchantOrderId, String fromStatus, String toStatus, String action, String actor, String note, Instant at) {
}

package io.comptoir.engine.core.event;

import java.time.Instant;

/** A due row of {@code event_delivery}. */
record DeliveryRow(long eventId, String subscription, int attempts, Instant nextAttemptAt) {
}

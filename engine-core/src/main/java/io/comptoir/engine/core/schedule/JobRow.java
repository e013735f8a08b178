package io.comptoir.engine.core.schedule;

import java.time.Instant;

/** A row of {@code scheduled_job}: a job's health. */
record JobRow(String name, Instant registeredAt, Instant lastSuccessAt, Instant lastFailureAt, String lastError, int consecutiveFailures) {
}

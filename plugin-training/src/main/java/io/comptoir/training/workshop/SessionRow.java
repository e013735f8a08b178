package io.comptoir.training.workshop;

import io.comptoir.training.api.SessionStatus;
import java.time.Instant;

/** A row of {@code training_session}. */
public record SessionRow(long id, long moduleId, Instant startsAt, Instant endsAt, String place, String communeInsee,
                         String onlineUrl, int capacity, long trainerAccountId, String status, String cancelReason) {
    boolean cancelled() {
        return SessionStatus.CANCELLED.name().equals(status);
    }
}

package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A workshop session, with its seats taken and its waiting list's length.
 *
 * @param communeName the name of {@code communeInsee}'s commune
 * @param onlineUrl empty for a session in person only
 */
public record WorkshopSession(SessionId id, ModuleId module, String moduleTitle, Instant startsAt, Instant endsAt, String place,
                              Optional<String> communeInsee, Optional<String> communeName, String onlineUrl, int capacity,
                              AccountId trainer, String trainerName, SessionStatus status, Optional<String> cancelReason,
                              int booked, int waiting) {
    public WorkshopSession {
        requireNonNull(id, "id is null");
        requireNonNull(module, "module is null");
        requireNonNull(moduleTitle, "moduleTitle is null");
        requireNonNull(startsAt, "startsAt is null");
        requireNonNull(endsAt, "endsAt is null");
        requireNonNull(place, "place is null");
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(communeName, "communeName is null");
        requireNonNull(onlineUrl, "onlineUrl is null");
        requireNonNull(trainer, "trainer is null");
        requireNonNull(trainerName, "trainerName is null");
        requireNonNull(status, "status is null");
        requireNonNull(cancelReason, "cancelReason is null");
    }

    public int seatsLeft() {
        return Math.max(0, capacity - booked);
    }

    public boolean isOnline() {
        return !onlineUrl.isEmpty();
    }
}

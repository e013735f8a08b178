package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;

import java.time.LocalDateTime;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A workshop session as an admin plans it.
 *
 * @param startsAt wall-clock time in the marketplace's time zone, in the future
 * @param endsAt after {@code startsAt}, at most 12 hours later
 * @param place the venue and its address (up to 300 characters); may be empty for an online session
 * @param communeInsee the commune of the venue, if in the territory
 * @param onlineUrl the {@code https://} link of an online session, or empty; a session has a place, a link or both
 * @param capacity seats, 1 to 500
 * @param trainer an account holding the trainer role
 */
public record SessionDraft(ModuleId module, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                           Optional<String> communeInsee, String onlineUrl, int capacity, AccountId trainer) {
    public SessionDraft {
        requireNonNull(module, "module is null");
        requireNonNull(startsAt, "startsAt is null");
        requireNonNull(endsAt, "endsAt is null");
        requireNonNull(place, "place is null");
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(onlineUrl, "onlineUrl is null");
        requireNonNull(trainer, "trainer is null");
    }
}

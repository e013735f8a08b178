package io.comptoir.engine.api.privacy;

import io.comptoir.engine.api.account.AccountId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A recorded use of a person's rights.
 *
 * @param actor who made it, as {@link io.comptoir.engine.api.Actor#toString()} gives it: the person, or the admin who
 *        acted on their behalf
 */
public record PrivacyRequest(long id, AccountId person, Kind kind, String actor, Instant at) {

    /** What was asked. */
    public enum Kind {
        EXPORT, ERASURE
    }

    public PrivacyRequest {
        requireNonNull(person, "person is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(at, "at is null");
    }
}

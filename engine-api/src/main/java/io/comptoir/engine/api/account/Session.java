package io.comptoir.engine.api.account;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A signed-in session. The engine stores only a hash of the token, so the token itself is known only from
 * {@link SessionStore#open}, and sessions work across every node sharing the database.
 *
 * @param token the secret the browser keeps in its cookie
 * @param csrfToken the secret every form of this session must send back
 */
public record Session(String token, AccountId accountId, String csrfToken, Instant createdAt, Instant expiresAt) {
    public Session {
        requireNonNull(token, "token is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(csrfToken, "csrfToken is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }
}

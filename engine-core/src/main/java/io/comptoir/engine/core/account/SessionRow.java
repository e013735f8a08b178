package io.comptoir.engine.core.account;

import java.time.Instant;

/** A live {@code session} row (its token is known only to the browser). */
public record SessionRow(long accountId, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
}

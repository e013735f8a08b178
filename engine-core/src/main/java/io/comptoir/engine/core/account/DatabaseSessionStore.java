package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Sessions in the {@code session} table, so that every node serves every shopper. The table keeps only the SHA-256
 * of each token. A session ends after {@link AccountSettings#sessionIdleTimeout()} unused, and at the latest
 * {@link AccountSettings#sessionMaxAge()} after sign-in; use slides the idle deadline, written at most once a
 * {@link #TOUCH_INTERVAL} so that a page view does not cost a write.
 */
@Singleton
public final class DatabaseSessionStore implements SessionStore {
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxAge;

    @Inject
    public DatabaseSessionStore(Jdbi jdbi, Clock clock, AccountSettings settings) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.idleTimeout = requireNonNull(settings, "settings is null").sessionIdleTimeout();
        this.maxAge = settings.sessionMaxAge();
    }

    /**
     * {@inheritDoc}
     *
     * @throws NotFoundException for an unknown account
     * @throws ConflictException {@code account_closed} for a closed one
     */
    @Override
    public Session open(AccountId account) {
        requireNonNull(account, "account is null");
        String token = Secrets.newToken();
        String csrfToken = Secrets.newToken();
        Instant now = clock.instant();
        Instant expiresAt = expiry(now, now);
        jdbi.useTransaction(handle -> {
            AccountRow row = Daos.of(handle, AccountDao.class).find(account.value())
                    .orElseThrow(() -> NotFoundException.of("account", account));
            if (!row.active()) {
                throw new ConflictException("account_closed", "this account is closed");
            }
            Daos.of(handle, SessionDao.class).insert(Secrets.sha256(token), account.value(), csrfToken, now, expiresAt);
        });
        return new Session(token, account, csrfToken, now, expiresAt);
    }

    @Override
    public Optional<Session> resolve(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        String tokenHash = Secrets.sha256(token);
        Instant now = clock.instant();
        return jdbi.withExtension(SessionDao.class, dao -> dao.live(tokenHash, now).map(row -> {
            Instant expiresAt = row.expiresAt();
            Instant seenBefore = now.minus(TOUCH_INTERVAL);
            if (!row.lastSeenAt().isAfter(seenBefore)) {
                expiresAt = expiry(row.createdAt(), now);
                dao.touch(tokenHash, now, expiresAt, seenBefore);
            }
            return new Session(token, new AccountId(row.accountId()), row.csrfToken(), row.createdAt(), expiresAt);
        }));
    }

    @Override
    public void close(String token) {
        if (Secrets.looksLikeToken(token)) {
            jdbi.useExtension(SessionDao.class, dao -> dao.close(Secrets.sha256(token), clock.instant()));
        }
    }

    @Override
    public void closeAll(AccountId account) {
        requireNonNull(account, "account is null");
        jdbi.useExtension(SessionDao.class, dao -> dao.closeAll(account.value(), clock.instant()));
    }

    /** Deletes the sessions that have ended (closed or expired); returns how many. */
    public int purgeExpired() {
        return jdbi.withExtension(SessionDao.class, dao -> dao.purge(clock.instant()));
    }

    private Instant expiry(Instant createdAt, Instant now) {
        Instant idle = now.plus(idleTimeout);
        Instant absolute = createdAt.plus(maxAge);
        return idle.isBefore(absolute) ? idle : absolute;
    }
}

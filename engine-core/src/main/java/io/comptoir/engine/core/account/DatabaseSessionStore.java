package io.comptoir.engine.core.account;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Accounts;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Sessions in the {@code session} table, so that every node serves every shopper. The table keeps only the SHA-256
 * of each token. A session ends after {@link AccountSettings#sessionIdleTimeout()} unused, and at the latest
 * {@link AccountSettings#sessionMaxAge()} after sign-in; use slides the idle deadline, written at most once a
 * {@link #TOUCH_INTERVAL} so that a page view does not cost a write.
 *
 * <p>A session this node opened or read is kept in its {@link SessionMemory} and answered from there, without a
 * statement, while its expiry (as last read or written) is ahead and its slide is not due. When the slide is due the
 * guarded update that writes it also proves the session still open; when it matches nothing (another node slid it, or
 * the session ended) the row is read again. So a session ended on another node is refused here once the change feed
 * brings that node's event (a sign-out publishes {@code account.signed_out}) and, should the feed stall, at the latest a
 * {@link #TOUCH_INTERVAL} after it ended (the slide kept here was written before the end, since a slide matches only an
 * open session); ended on this node, it is refused here at once.
 */
@Singleton
public final class DatabaseSessionStore implements SessionStore {
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final OutboxEventPublisher events;
    private final CommitSignal commits;
    private final SessionMemory memory;
    private final Duration idleTimeout;
    private final Duration maxAge;

    @Inject
    public DatabaseSessionStore(Jdbi jdbi, Clock clock, OutboxEventPublisher events, CommitSignal commits, SessionMemory memory,
                                AccountSettings settings) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.memory = requireNonNull(memory, "memory is null");
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
        String tokenHash = Secrets.sha256(token);
        String csrfToken = Secrets.newToken();
        Instant now = databaseInstant();
        Instant expiresAt = expiry(now, now);
        long generation = memory.generation();
        jdbi.useTransaction(handle -> {
            AccountRow row = Daos.of(handle, AccountDao.class).find(account.value())
                    .orElseThrow(() -> NotFoundException.of("account", account));
            if (!row.active()) {
                throw new ConflictException("account_closed", "this account is closed");
            }
            Daos.of(handle, SessionDao.class).insert(tokenHash, account.value(), csrfToken, now, expiresAt);
        });
        memory.keep(generation, tokenHash, new SessionRow(account.value(), csrfToken, now, now, expiresAt));
        return new Session(token, account, csrfToken, now, expiresAt);
    }

    @Override
    public Optional<Session> resolve(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        String tokenHash = Secrets.sha256(token);
        Instant now = databaseInstant();
        Instant seenBefore = now.minus(TOUCH_INTERVAL);
        long generation = memory.generation();
        Optional<SessionRow> kept = memory.get(tokenHash);
        if (kept.isPresent() && kept.get().expiresAt().isAfter(now)) {
            SessionRow session = kept.get();
            if (session.lastSeenAt().isAfter(seenBefore)) {
                return Optional.of(session(token, session));
            }
            Instant expiresAt = expiry(session.createdAt(), now);
            if (jdbi.withExtension(SessionDao.class, dao -> dao.touch(tokenHash, now, expiresAt, seenBefore)) == 1) {
                SessionRow touched = new SessionRow(session.accountId(), session.csrfToken(), session.createdAt(), now, expiresAt);
                memory.keep(generation, tokenHash, touched);
                return Optional.of(session(token, touched));
            }
        }
        // not kept, kept but past its expiry as known here (another node may have slid it), or slid or ended elsewhere
        Optional<SessionRow> live = jdbi.withExtension(SessionDao.class, dao -> dao.live(tokenHash, now).map(row -> {
            if (row.lastSeenAt().isAfter(seenBefore)) {
                memory.keep(generation, tokenHash, row);
                return row;
            }
            Instant expiresAt = expiry(row.createdAt(), now);
            SessionRow touched = new SessionRow(row.accountId(), row.csrfToken(), row.createdAt(), now, expiresAt);
            if (dao.touch(tokenHash, now, expiresAt, seenBefore) == 1) {
                memory.keep(generation, tokenHash, touched);
            }
            return touched;
        }));
        if (live.isEmpty() && kept.isPresent()) {
            memory.forget(tokenHash);
        }
        return live.map(row -> session(token, row));
    }

    /** Ends the session and publishes {@code account.signed_out}; this node forgets it at once, the others by that event. */
    @Override
    public void close(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return;
        }
        String tokenHash = Secrets.sha256(token);
        try {
            boolean closed = jdbi.inTransaction(handle -> {
                SessionDao dao = Daos.of(handle, SessionDao.class);
                if (dao.close(tokenHash, clock.instant()) == 0) {
                    return false;
                }
                signedOut(handle, dao.accountOf(tokenHash), false);
                return true;
            });
            if (closed) {
                commits.committedInBackground();
            }
        }
        finally {
            memory.forget(tokenHash);
        }
    }

    /** Ends every session of the account and publishes {@code account.signed_out}, as {@link #close} does. */
    @Override
    public void closeAll(AccountId account) {
        requireNonNull(account, "account is null");
        try {
            boolean closed = jdbi.inTransaction(handle -> {
                if (Daos.of(handle, SessionDao.class).closeAll(account.value(), clock.instant()) == 0) {
                    return false;
                }
                signedOut(handle, account.value(), true);
                return true;
            });
            if (closed) {
                commits.committedInBackground();
            }
        }
        finally {
            memory.forgetAccount(account.value());
        }
    }

    private void signedOut(Handle handle, long accountId, boolean everywhere) {
        events.publish(handle, Accounts.SIGNED_OUT.event(Long.toString(accountId),
                Map.of(Accounts.EVERYWHERE, Boolean.toString(everywhere)), Actor.account(accountId)));
    }

    /** Forgets the kept sessions of accounts that any node changed or signed out; the engine feeds it the change feed. */
    public ChangeFeedListener changeFeedListener() {
        return memory;
    }

    /** Deletes the sessions that have ended (closed or expired); returns how many. */
    public int purgeExpired() {
        return jdbi.withExtension(SessionDao.class, dao -> dao.purge(clock.instant()));
    }

    private static Session session(String token, SessionRow row) {
        return new Session(token, new AccountId(row.accountId()), row.csrfToken(), row.createdAt(), row.expiresAt());
    }

    /** Now, to the microsecond as the database keeps it, so that what this node keeps is what the row holds. */
    private Instant databaseInstant() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant expiry(Instant createdAt, Instant now) {
        Instant idle = now.plus(idleTimeout);
        Instant absolute = createdAt.plus(maxAge);
        return idle.isBefore(absolute) ? idle : absolute;
    }
}

package io.comptoir.engine.core.account;

import io.comptoir.engine.core.throttle.DatabaseAttemptLimits;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * Deletes what sign-in leaves behind once it is of no use: ended sessions, spent reset links, passed throttle
 * windows (of every attempt limit, the plugins' included). The engine runs it as a periodic job ({@link #PERIOD}); the deletes are idempotent.
 */
@Singleton
public final class AccountHousekeeping {
    public static final String JOB = "engine.account-housekeeping";
    public static final Duration PERIOD = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

    private final DatabaseSessionStore sessions;
    private final AccountService accounts;
    private final DatabaseAttemptLimits attempts;

    @Inject
    public AccountHousekeeping(DatabaseSessionStore sessions, AccountService accounts, DatabaseAttemptLimits attempts) {
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.attempts = requireNonNull(attempts, "attempts is null");
    }

    /** Purges now; returns how many rows went. */
    public int runOnce() {
        int removed = sessions.purgeExpired() + accounts.purgeExpired() + attempts.purgeExpired();
        if (removed > 0) {
            log.info("Removed {} ended session(s), spent reset link(s) and passed throttle window(s)", removed);
        }
        return removed;
    }
}

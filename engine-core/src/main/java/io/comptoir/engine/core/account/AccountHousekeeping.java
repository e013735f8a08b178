package io.comptoir.engine.core.account;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Deletes what sign-in leaves behind once it is of no use: ended sessions, spent reset links, passed throttle
 * windows. Runs in the background when started (five minutes after start, then hourly); any node may run it, the deletes are idempotent.
 */
@Singleton
public final class AccountHousekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(5);
    private static final Duration PERIOD = Duration.ofHours(1);

    private final DatabaseSessionStore sessions;
    private final AccountService accounts;
    private ScheduledExecutorService scheduler;

    @Inject
    public AccountHousekeeping(DatabaseSessionStore sessions, AccountService accounts) {
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "comptoir-account-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, FIRST_RUN.toMinutes(), PERIOD.toMinutes(), TimeUnit.MINUTES);
    }

    /** Purges now; returns how many rows went. */
    public int runOnce() {
        int removed = sessions.purgeExpired() + accounts.purgeExpired();
        if (removed > 0) {
            log.info("Removed {} ended session(s), spent reset link(s) and passed throttle window(s)", removed);
        }
        return removed;
    }

    private void runSafely() {
        try {
            runOnce();
        }
        catch (RuntimeException e) {
            log.warn("Account housekeeping failed; will try again in {}", PERIOD, e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}

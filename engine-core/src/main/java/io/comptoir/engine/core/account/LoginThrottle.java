package io.comptoir.engine.core.account;

import io.comptoir.plugin.kit.SqlErrors;

import io.comptoir.engine.api.account.AuthenticationException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Limits sign-in attempts per e-mail and per client within a fixed window, in the database so that every node sees
 * the same counts. An attempt is counted before its password is checked (so parallel guesses cannot all pass the
 * check), and given back once it succeeds. Keys are SHA-256 hashes: the table holds neither addresses nor e-mails.
 */
final class LoginThrottle {
    static final int EMAIL_LIMIT = 5;
    static final int CLIENT_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_CLIENT_LENGTH = 200;

    private final Jdbi jdbi;
    private final Clock clock;

    LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The keys of one attempt: the e-mail's, if the e-mail is well formed, and the client's. */
    record Attempt(Optional<String> emailKey, Optional<String> clientKey) {
    }

    /**
     * Counts an attempt against both keys.
     *
     * @throws AuthenticationException {@code too_many_attempts} when either key has used up its window (then
     *         nothing is counted)
     */
    Attempt begin(Optional<String> normalizedEmail, String client) {
        Optional<String> emailKey = normalizedEmail.map(email -> "e:" + Secrets.sha256(email));
        String clientKey = "c:" + Secrets.sha256(clientName(client));
        Instant now = clock.instant();
        if (emailKey.isPresent()) {
            count(emailKey.get(), EMAIL_LIMIT, now).ifPresent(retryAfter -> {
                throw AuthenticationException.throttled(retryAfter);
            });
        }
        Optional<Duration> clientRefusal = count(clientKey, CLIENT_LIMIT, now);
        if (clientRefusal.isPresent()) {
            emailKey.ifPresent(this::giveBack);
            throw AuthenticationException.throttled(clientRefusal.get());
        }
        return new Attempt(emailKey, Optional.of(clientKey));
    }

    /** The attempt succeeded: the e-mail starts afresh, and the client gets its attempt back. */
    void succeeded(Attempt attempt) {
        jdbi.useExtension(LoginThrottleDao.class, dao -> {
            attempt.emailKey().ifPresent(dao::reset);
            attempt.clientKey().ifPresent(dao::giveBack);
        });
    }

    /** Counts an attempt with the e-mail key only (a password check of a signed-in account). */
    Attempt begin(String normalizedEmail) {
        String emailKey = "e:" + Secrets.sha256(normalizedEmail);
        count(emailKey, EMAIL_LIMIT, clock.instant()).ifPresent(retryAfter -> {
            throw AuthenticationException.throttled(retryAfter);
        });
        return new Attempt(Optional.of(emailKey), Optional.empty());
    }

    /** Forgets counters whose window has passed. */
    int purgeExpired() {
        return jdbi.withExtension(LoginThrottleDao.class, dao -> dao.purge(clock.instant().minus(WINDOW)));
    }

    /** Counts one attempt; returns how long to wait instead when the key has used up its window. */
    private Optional<Duration> count(String key, int limit, Instant now) {
        Instant floor = now.minus(WINDOW);
        return jdbi.withExtension(LoginThrottleDao.class, dao -> {
            for (int round = 0; round < 5; round++) {
                if (dao.count(key, now, floor, limit) == 1) {
                    return Optional.empty();
                }
                Optional<Instant> windowStart = dao.windowStart(key);
                if (windowStart.isPresent()) {
                    Duration wait = Duration.between(now, windowStart.get().plus(WINDOW));
                    if (!wait.isNegative() && !wait.isZero()) {
                        return Optional.of(wait);
                    }
                    continue;
                }
                try {
                    dao.insert(key, now);
                    return Optional.empty();
                }
                catch (UnableToExecuteStatementException e) {
                    if (!SqlErrors.isUniqueViolation(e)) {
                        throw e;
                    }
                }
            }
            throw new IllegalStateException("cannot count a sign-in attempt: the throttle row keeps changing");
        });
    }

    private void giveBack(String key) {
        jdbi.useExtension(LoginThrottleDao.class, dao -> dao.giveBack(key));
    }

    private static String clientName(String client) {
        String name = client == null || client.isBlank() ? "unknown" : client.strip();
        return name.length() > MAX_CLIENT_LENGTH ? name.substring(0, MAX_CLIENT_LENGTH) : name;
    }
}

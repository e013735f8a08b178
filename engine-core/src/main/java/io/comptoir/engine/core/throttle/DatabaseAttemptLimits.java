package io.comptoir.engine.core.throttle;

import io.comptoir.engine.api.throttle.AttemptLimit;
import io.comptoir.engine.api.throttle.AttemptLimits;
import io.comptoir.engine.core.support.Tokens;
import io.comptoir.plugin.kit.SqlErrors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The attempt limits of the engine and its plugins, in one table ({@code login_throttle}) keyed by the SHA-256 of the
 * limit's name and the subject. A window opens with a subject's first attempt and lasts the limit's window.
 */
@Singleton
public final class DatabaseAttemptLimits implements AttemptLimits {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");
    private static final int MAX_SUBJECT_LENGTH = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AtomicReference<Duration> longestWindow = new AtomicReference<>(Duration.ZERO);

    @Inject
    public DatabaseAttemptLimits(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public AttemptLimit limit(String name, int attempts, Duration window) {
        requireNonNull(name, "name is null");
        requireNonNull(window, "window is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a limit's name is lower case letters, digits, '.', '_' and '-': " + name);
        }
        if (attempts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit is a positive number of attempts over a positive window");
        }
        longestWindow.accumulateAndGet(window, (current, added) -> added.compareTo(current) > 0 ? added : current);
        return new Limit(name, attempts, window);
    }

    /** Forgets counts whose window has passed for every limit; returns how many went. */
    public int purgeExpired() {
        Duration keep = longestWindow.get();
        return jdbi.withExtension(AttemptDao.class, dao -> dao.purge(clock.instant().minus(keep)));
    }

    private final class Limit implements AttemptLimit {
        private final String name;
        private final int attempts;
        private final Duration window;

        Limit(String name, int attempts, Duration window) {
            this.name = name;
            this.attempts = attempts;
            this.window = window;
        }

        @Override
        public Optional<Duration> tryAttempt(String subject) {
            String key = key(subject);
            Instant now = clock.instant();
            Instant floor = now.minus(window);
            return jdbi.withExtension(AttemptDao.class, dao -> {
                for (int round = 0; round < 5; round++) {
                    if (dao.count(key, now, floor, attempts) == 1) {
                        return Optional.empty();
                    }
                    Optional<Instant> windowStart = dao.windowStart(key);
                    if (windowStart.isPresent()) {
                        Duration wait = Duration.between(now, windowStart.get().plus(window));
                        if (!wait.isNegative() && !wait.isZero()) {
                            return Optional.of(wait);
                        }
                        continue;
                    }
                    if (inserted(dao, key, now)) {
                        return Optional.empty();
                    }
                }
                throw new IllegalStateException("cannot count an attempt: the row of " + name + " keeps changing");
            });
        }

        @Override
        public void record(Collection<String> subjects) {
            List<String> keys = keys(subjects);
            Instant now = clock.instant();
            Instant floor = now.minus(window);
            jdbi.useExtension(AttemptDao.class, dao -> {
                for (String key : keys) {
                    // Counted by the update, else by the insert, else by the update once the row another thread inserted is there.
                    if (dao.record(key, now, floor) == 0 && !inserted(dao, key, now) && dao.record(key, now, floor) == 0) {
                        throw new IllegalStateException("cannot count an attempt of " + name);
                    }
                }
            });
        }

        @Override
        public Optional<Duration> refusal(Collection<String> subjects) {
            List<String> keys = keys(subjects);
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            return jdbi.withExtension(AttemptDao.class, dao -> dao.exhaustedSince(keys, now.minus(window), attempts))
                    .map(since -> Duration.between(now, since.plus(window)));
        }

        @Override
        public void giveBack(String subject) {
            String key = key(subject);
            jdbi.useExtension(AttemptDao.class, dao -> dao.giveBack(key));
        }

        @Override
        public void reset(String subject) {
            String key = key(subject);
            jdbi.useExtension(AttemptDao.class, dao -> dao.reset(key));
        }

        private List<String> keys(Collection<String> subjects) {
            return requireNonNull(subjects, "subjects is null").stream().map(this::key).distinct().toList();
        }

        private String key(String subject) {
            requireNonNull(subject, "subject is null");
            String trimmed = subject.length() > MAX_SUBJECT_LENGTH ? subject.substring(0, MAX_SUBJECT_LENGTH) : subject;
            return Tokens.sha256(name + "\n" + trimmed);
        }
    }

    /** Inserts the key's first attempt; false when another thread inserted it first (count again). */
    private static boolean inserted(AttemptDao dao, String key, Instant now) {
        try {
            dao.insert(key, now);
            return true;
        }
        catch (UnableToExecuteStatementException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            return false;
        }
    }
}

package io.comptoir.vouchers.fraud;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.plugin.kit.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Counts attempts per subject (an IP address, an account) in fixed windows kept in the database, so that every node
 * of a deployment shares the counts: once a subject has made {@code limit} attempts in the current window, it is refused
 * with {@code too_many_attempts} until the window ends. Guessing a 60-bit code at 10 tries per quarter of an hour is
 * hopeless.
 */
public final class AttemptLimiter {
    private final Database db;
    private final Clock clock;
    private final String bucket;
    private final int limit;
    private final Duration window;

    public AttemptLimiter(Database db, Clock clock, String bucket, int limit, Duration window) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.bucket = requireNonNull(bucket, "bucket is null");
        this.window = requireNonNull(window, "window is null");
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit is positive over a positive window");
        }
        this.limit = limit;
    }

    /** @throws ConflictException {@code too_many_attempts} when one of the subjects used up its attempts */
    public void check(Requester requester) {
        if (!subjects(requester).isEmpty()) {
            refuseIfOver(db.withHandle(handle -> attempts(handle, requester)));
        }
    }

    /** The most attempts one of the requester's subjects made in the current window, read with the caller's handle. */
    public int attempts(Handle handle, Requester requester) {
        List<String> subjects = subjects(requester);
        if (subjects.isEmpty()) {
            return 0;
        }
        return handle.createQuery("""
                        SELECT COALESCE(MAX(attempts), 0) FROM voucher_attempt WHERE subject IN (<subjects>) AND window_start = :start""")
                .bindList("subjects", subjects).bind("start", windowStart()).mapTo(Integer.class).one();
    }

    /** @throws ConflictException {@code too_many_attempts} when the attempts (from {@link #attempts}) reach the limit */
    public void refuseIfOver(int attempts) {
        if (attempts >= limit) {
            long minutes = Math.max(1, Duration.between(clock.instant(), windowStart().plus(window)).toMinutes());
            throw new ConflictException("too_many_attempts", "too many attempts: try again in " + minutes + " min");
        }
    }

    /** Counts one attempt for each subject. */
    public void record(Requester requester) {
        List<String> subjects = subjects(requester);
        if (subjects.isEmpty()) {
            return;
        }
        Instant start = windowStart();
        db.useTransaction(handle -> subjects.forEach(subject -> increment(handle, subject, start)));
    }

    /** Checks, then counts: for limits on every attempt (balance checks), not only failed ones. */
    public void checkAndRecord(Requester requester) {
        check(requester);
        record(requester);
    }

    private static void increment(Handle handle, String subject, Instant start) {
        handle.createUpdate("INSERT INTO voucher_attempt (subject, window_start, attempts) VALUES (:subject, :start, 0) ON CONFLICT DO NOTHING")
                .bind("subject", subject).bind("start", start).execute();
        handle.createUpdate("UPDATE voucher_attempt SET attempts = attempts + 1 WHERE subject = :subject AND window_start = :start")
                .bind("subject", subject).bind("start", start).execute();
    }

    /** Forgets windows that ended before the cut-off (housekeeping). */
    public int purgeBefore(Instant cutOff) {
        return db.inTransaction(handle -> handle.createUpdate("DELETE FROM voucher_attempt WHERE window_start < :cutOff")
                .bind("cutOff", cutOff).execute());
    }

    /** The subjects counted for the requester, in this limiter's bucket. */
    public List<String> subjects(Requester requester) {
        requireNonNull(requester, "requester is null");
        return requester.subjects().stream().map(subject -> bucket + ":" + subject).toList();
    }

    /** The start of the current window. */
    public Instant windowStart() {
        long millis = window.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, millis));
    }
}

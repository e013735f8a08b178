package io.comptoir.vouchers.fraud;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.throttle.AttemptLimit;
import io.comptoir.vouchers.api.Requester;

import java.time.Duration;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The engine's {@link AttemptLimit} applied to whoever types a voucher code: each of the requester's subjects (its IP
 * address, its account) is limited on its own, and a subject that used up its attempts is refused with
 * {@code too_many_attempts}. Guessing a 60-bit code at 10 tries per quarter of an hour is hopeless.
 */
public final class AttemptGuard {
    private final AttemptLimit limit;

    public AttemptGuard(AttemptLimit limit) {
        this.limit = requireNonNull(limit, "limit is null");
    }

    /** @throws ConflictException {@code too_many_attempts} when one of the subjects used up its attempts */
    public void check(Requester requester) {
        List<String> subjects = requester.subjects();
        if (!subjects.isEmpty()) {
            limit.refusal(subjects).ifPresent(wait -> {
                throw new ConflictException("too_many_attempts", "too many attempts: try again in " + minutes(wait) + " min");
            });
        }
    }

    /** Counts one attempt for each subject. */
    public void record(Requester requester) {
        List<String> subjects = requester.subjects();
        if (!subjects.isEmpty()) {
            limit.record(subjects);
        }
    }

    /** Checks, then counts: for limits on every attempt (balance checks), not only failed ones. */
    public void checkAndRecord(Requester requester) {
        check(requester);
        record(requester);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, wait.toMinutes());
    }
}

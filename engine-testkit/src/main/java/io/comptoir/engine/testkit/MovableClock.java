package io.comptoir.engine.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/**
 * A clock a test sets and moves forward (a settlement period ends, a deadline passes, a workshop starts). Either it
 * stands still from a start ({@link #MovableClock(Instant)}), or it runs with real time from now
 * ({@link #running()}), for tests where a server measures durations while the test moves the day. The same clock in
 * another zone ({@link #withZone}) moves with this one.
 */
public final class MovableClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    /** A clock standing still at {@code start} until it is moved. */
    public MovableClock(Instant start) {
        this(Clock.fixed(requireNonNull(start, "start is null"), ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MovableClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
    }

    /** A clock that runs with real time, moved forward by what the test adds. */
    public static MovableClock running() {
        return new MovableClock(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        requireNonNull(duration, "duration is null");
        offset.updateAndGet(current -> current.plus(duration));
    }

    /** Puts the clock at {@code instant} (a running clock runs on from there). */
    public void set(Instant instant) {
        requireNonNull(instant, "instant is null");
        offset.set(Duration.between(base.instant(), instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(base, offset, requireNonNull(other, "other is null"));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}

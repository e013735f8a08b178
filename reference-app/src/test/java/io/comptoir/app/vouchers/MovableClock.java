package io.comptoir.app.vouchers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that runs with real time from a start, and that a test can move forward (past a cancellation window). */
final class MovableClock extends Clock {
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    MovableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MovableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving clock in another zone (it moves with this one). */
    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(offset, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}

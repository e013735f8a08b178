package io.comptoir.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; it starts on the demo's "today", Friday 27 November 2026, 9:00 in Paris. */
public final class MovableClock extends Clock {
    public static final Instant TODAY = Instant.parse("2026-11-27T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(TODAY);

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}

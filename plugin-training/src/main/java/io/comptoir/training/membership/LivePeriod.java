package io.comptoir.training.membership;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A stretch of time a shop was live; {@code until} is empty while it still is. */
public record LivePeriod(Instant from, Optional<Instant> until) {
    public LivePeriod {
        requireNonNull(from, "from is null");
        requireNonNull(until, "until is null");
    }

    /** Whether the period shares at least an instant with {@code [start, end)}. */
    public boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && until.map(start::isBefore).orElse(true);
    }
}

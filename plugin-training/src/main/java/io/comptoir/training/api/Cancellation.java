package io.comptoir.training.api;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A cancelled booking, and the booking its freed seat went to (the first of the waiting list), if any. */
public record Cancellation(Booking cancelled, Optional<Booking> promoted) {
    public Cancellation {
        requireNonNull(cancelled, "cancelled is null");
        requireNonNull(promoted, "promoted is null");
    }
}

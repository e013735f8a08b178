package io.comptoir.training.api;

/** Identifies a booking of a workshop seat. */
public record BookingId(long value) {
    public BookingId {
        if (value <= 0) {
            throw new IllegalArgumentException("booking id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

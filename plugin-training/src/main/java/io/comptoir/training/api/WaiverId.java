package io.comptoir.training.api;

/** Identifies a membership waiver. */
public record WaiverId(long value) {
    public WaiverId {
        if (value <= 0) {
            throw new IllegalArgumentException("waiver id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

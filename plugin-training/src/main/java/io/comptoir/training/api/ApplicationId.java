package io.comptoir.training.api;

/** Identifies an application to join the marketplace. */
public record ApplicationId(long value) {
    public ApplicationId {
        if (value <= 0) {
            throw new IllegalArgumentException("application id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

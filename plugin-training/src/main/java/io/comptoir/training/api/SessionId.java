package io.comptoir.training.api;

/** Identifies a workshop session. */
public record SessionId(long value) {
    public SessionId {
        if (value <= 0) {
            throw new IllegalArgumentException("session id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

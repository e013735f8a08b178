package io.comptoir.training.api;

/** Identifies a module of a training course. */
public record ModuleId(long value) {
    public ModuleId {
        if (value <= 0) {
            throw new IllegalArgumentException("module id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.comptoir.training.api;

/** Identifies a training course. */
public record CourseId(long value) {
    public CourseId {
        if (value <= 0) {
            throw new IllegalArgumentException("course id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

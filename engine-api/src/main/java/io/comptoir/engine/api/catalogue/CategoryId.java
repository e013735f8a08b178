package io.comptoir.engine.api.catalogue;

/** Identifies a category of the catalogue tree. */
public record CategoryId(long value) {
    public CategoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("category id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.comptoir.engine.api.catalogue;

/** Identifies a product. */
public record ProductId(long value) {
    public ProductId {
        if (value <= 0) {
            throw new IllegalArgumentException("product id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

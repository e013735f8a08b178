package io.comptoir.engine.api.catalogue;

/** Identifies a variant of a product: the thing that has a price and a stock and goes in a cart. */
public record VariantId(long value) {
    public VariantId {
        if (value <= 0) {
            throw new IllegalArgumentException("variant id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

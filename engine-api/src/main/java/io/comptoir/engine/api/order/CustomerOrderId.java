package io.comptoir.engine.api.order;

/** Identifies a shopper's order over the whole basket. */
public record CustomerOrderId(long value) {
    public CustomerOrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

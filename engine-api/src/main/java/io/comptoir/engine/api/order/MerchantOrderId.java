package io.comptoir.engine.api.order;

/** Identifies the part of an order one shop fulfils. */
public record MerchantOrderId(long value) {
    public MerchantOrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.comptoir.engine.api.payment;

/** Identifies one tender of an order's payment. */
public record PaymentId(long value) {
    public PaymentId {
        if (value <= 0) {
            throw new IllegalArgumentException("payment id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.comptoir.engine.api.order;

/** Where a shopper's order over the whole basket stands. */
public enum CustomerOrderStatus {
    /** Stock is reserved; an asynchronous tender has not been confirmed yet. */
    PENDING_PAYMENT,
    /** Paid (authorised) in full: each shop has its part. */
    PLACED,
    /** A tender failed: nothing was kept, the stock went back. */
    PAYMENT_FAILED
}

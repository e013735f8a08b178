package io.comptoir.engine.api.payment;

/**
 * Where one tender stands.
 * <pre>
 * PENDING ─▶ AUTHORISED ─▶ CAPTURED ─▶ PARTIALLY_REFUNDED ─▶ REFUNDED
 *    │            └──────▶ VOIDED (released in full)
 *    └─▶ FAILED
 * </pre>
 * A tender shared by several shops is captured shop by shop: it is CAPTURED once nothing authorised remains
 * uncaptured and unreleased, and something was captured.
 */
public enum PaymentStatus {
    PENDING,
    AUTHORISED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    VOIDED,
    FAILED
}

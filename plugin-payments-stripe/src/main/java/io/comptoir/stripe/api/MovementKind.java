package io.comptoir.stripe.api;

/** What a movement did to a shop's part. */
public enum MovementKind {
    /** The shop's share of the charge was captured. */
    CAPTURE,
    /** Part of it was refunded to the shopper's card, after the capture. */
    REFUND,
    /** Part of it was refunded before the capture: the shopper was never charged it (the capture took less). */
    REDUCTION,
    /** Money paid to the shop's connected account. */
    TRANSFER,
    /** Money taken back from the shop's connected account after a refund. */
    REVERSAL
}

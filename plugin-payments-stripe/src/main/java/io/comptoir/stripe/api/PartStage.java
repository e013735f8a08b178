package io.comptoir.stripe.api;

/** Where a shop's card share stands, from the shopper's payment to the transfer to the shop. */
public enum PartStage {
    /** The shopper has not paid on Stripe's page yet. */
    AWAITING_PAYMENT,
    /** Held on the shopper's card, waiting for the shop's decision. */
    AUTHORISED,
    /** The shop accepted; the capture waits for the other shops of the basket to decide. */
    ACCEPTED,
    /** Captured; the transfer waits for the order to be collected or delivered. */
    CAPTURED,
    /** Due to the shop, not transferred yet (or Stripe refused the transfer: see the error). */
    TRANSFER_DUE,
    /** Paid to the shop's account, less the commission. */
    TRANSFERRED,
    /** Refunded in full to the shopper. */
    REFUNDED,
    /** Not taken: the shop refused, the order was given up, or the hold ended before the shop accepted. */
    RELEASED
}

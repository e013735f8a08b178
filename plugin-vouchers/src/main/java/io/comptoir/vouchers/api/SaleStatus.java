package io.comptoir.vouchers.api;

/** Where a sale stands. */
public enum SaleStatus {
    /** Online, reserved (budget committed, vouchers not spendable) until the card payment is captured. */
    PENDING,
    COMPLETED,
    /** Cancelled: every booking reversed, the vouchers void (or back in stock). */
    CANCELLED
}

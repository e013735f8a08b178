package io.comptoir.vouchers.api;

/** Where a voucher stands. Only an ACTIVE voucher can be spent. */
public enum VoucherStatus {
    /** Pre-printed, not sold yet: worth nothing until its point of sale activates it. */
    STOCK,
    /** Bought online, waiting for the card payment to be captured. */
    PENDING,
    /** Sold, with a balance left, before its deadline. */
    ACTIVE,
    /** Nothing left to spend (it comes back to ACTIVE if a payment is given back). */
    SPENT,
    /** Its deadline passed; what was left went to the budget or breakage. */
    EXPIRED,
    /** Blocked by an admin (lost, stolen); its balance may be reissued on a new code. */
    BLOCKED,
    /** Its sale was cancelled. */
    CANCELLED,
    /** Unsold stock returned and destroyed. */
    VOID;

    public boolean spendable() {
        return this == ACTIVE;
    }
}

package io.comptoir.vouchers.api;

/** Where a voucher was spent. */
public enum RedemptionChannel {
    /** At the shop's counter: staff typed or scanned the code. */
    STORE,
    /** On the marketplace, as a tender of the checkout. */
    ONLINE
}

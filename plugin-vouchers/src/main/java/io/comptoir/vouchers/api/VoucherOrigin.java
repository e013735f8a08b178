package io.comptoir.vouchers.api;

/** How a voucher came to be. */
public enum VoucherOrigin {
    /** Printed on demand at a point of sale. */
    POINT_OF_SALE,
    /** Bought on the marketplace. */
    ONLINE,
    /** Pre-printed in a batch, activated when sold at its point of sale. */
    STOCK,
    /** Issued for a refund that could not go back to its voucher (expired, or blocked and reissued). */
    CREDIT,
    /** Replaces a blocked voucher, with its balance. */
    REISSUE
}

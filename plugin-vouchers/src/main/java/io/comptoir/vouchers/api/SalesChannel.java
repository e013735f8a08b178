package io.comptoir.vouchers.api;

/** Where a programme's vouchers are sold. */
public enum SalesChannel {
    /** At the points of sale (tobacconists), on demand or from pre-printed stock. */
    POINT_OF_SALE,
    /** On the marketplace, as products of the voucher shop, through the ordinary checkout. */
    ONLINE
}

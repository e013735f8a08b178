package io.comptoir.vouchers.api;

/** Where a sale took place. */
public enum SaleChannel {
    POINT_OF_SALE,
    ONLINE
}

package io.comptoir.vouchers.sale;

/** Where a sale took place. */
public enum SaleChannel {
    POINT_OF_SALE,
    ONLINE
}

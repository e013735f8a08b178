package io.comptoir.app.vouchers.pos;

import io.comptoir.app.backoffice.BackOfficeFrame;

/** The activation form of a pre-printed voucher. */
public record StockView(BackOfficeFrame frame, Form form, String action) {

    public record Form(String code, String buyerEmail, String buyerPhone, String saleKey) {
    }
}

package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

/** The activation form of a pre-printed voucher. */
public record TillStockView(BackOfficeFrame frame, Form form, String action) {

    public record Form(String code, String buyerEmail, String buyerPhone, String saleKey) {
    }
}

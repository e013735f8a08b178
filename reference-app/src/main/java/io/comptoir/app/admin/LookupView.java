package io.comptoir.app.admin;

/** The form to find a voucher by its code. */
public record LookupView(VoucherFrame vf, String code, String action) {
}

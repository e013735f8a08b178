package io.comptoir.app.vouchers;

/** The form to find a voucher by its code. */
public record LookupView(VoucherFrame vf, String code, String action) {
}

package io.comptoir.vouchers.voucher;

/** A voucher locked for a redemption, with the redemption an earlier request with the same key made (if any). */
public record LockedVoucher(VoucherRow voucher, Long earlier) {
}

package io.comptoir.vouchers.voucher;

/**
 * A voucher locked for a redemption, with the redemption an earlier request with the same key made (if any) and the
 * wrong-code attempts of whoever is typing (when read with it).
 */
public record LockedVoucher(VoucherRow voucher, Long earlier, int attempts) {
}

package io.comptoir.vouchers.voucher;

import org.jdbi.v3.core.mapper.Nested;

/** A voucher locked for a redemption, and the redemption an earlier request with the same key made, if any. */
public record LockedVoucher(@Nested VoucherRow voucher, Long earlier) {
}

package io.comptoir.app.vouchers;

import io.comptoir.vouchers.api.VoucherLookup;
import io.comptoir.vouchers.api.VoucherStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * Why a voucher the staff looked up cannot be redeemed here, as the code of the conflict the plugin would answer, so
 * the page says it in the reader's language (the plugin's own sentence is English).
 */
final class LookupRefusals {

    private LookupRefusals() {
    }

    static Optional<String> code(VoucherLookup lookup, Instant now) {
        if (lookup.redeemable()) {
            return Optional.empty();
        }
        if (lookup.status() == VoucherStatus.BLOCKED) {
            return Optional.of("voucher_blocked");
        }
        if (lookup.status() == VoucherStatus.EXPIRED || lookup.expiresAt().map(at -> !now.isBefore(at)).orElse(false)) {
            return Optional.of("voucher_expired");
        }
        if (lookup.status() == VoucherStatus.SPENT || !lookup.balance().isPositive()) {
            return Optional.of("insufficient_balance");
        }
        if (lookup.status() != VoucherStatus.ACTIVE) {
            return Optional.of("voucher_not_active");
        }
        return Optional.of("not_accepted_here");
    }
}

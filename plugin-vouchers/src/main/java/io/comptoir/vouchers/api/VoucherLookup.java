package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A voucher as the shop's staff see it before redeeming: its balance and deadline, and whether their shop can take it.
 *
 * @param refusal why it cannot be redeemed here now (expired, blocked, spent, not accepted by this shop), if so
 */
public record VoucherLookup(String maskedCode, String programmeName, Money balance, VoucherStatus status, Optional<Instant> expiresAt,
                            Optional<String> refusal) {
    public VoucherLookup {
        requireNonNull(maskedCode, "maskedCode is null");
        requireNonNull(programmeName, "programmeName is null");
        requireNonNull(balance, "balance is null");
        requireNonNull(status, "status is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(refusal, "refusal is null");
    }

    public boolean redeemable() {
        return refusal.isEmpty();
    }
}

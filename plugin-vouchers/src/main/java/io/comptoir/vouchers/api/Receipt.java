package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the shop's staff (and the customer) get after a redemption or a refund in store.
 *
 * @param balanceAfter what is left on the voucher now
 * @param expiresAt the voucher's deadline (exclusive), the marketplace's calendar
 * @param replayed true when the idempotency key had been used: this is the first request's receipt
 */
public record Receipt(Redemption redemption, String programmeName, Money balanceAfter, Optional<Instant> expiresAt, boolean replayed) {
    public Receipt {
        requireNonNull(redemption, "redemption is null");
        requireNonNull(programmeName, "programmeName is null");
        requireNonNull(balanceAfter, "balanceAfter is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }
}

package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What anyone holding a code may learn: the balance and the deadline.
 *
 * @param expiresAt the end of validity (exclusive instant), empty for none
 * @param lastDay the last day it can be spent (the marketplace's calendar), for people
 */
public record BalanceCheck(String maskedCode, String programmeName, Money face, Money balance, VoucherStatus status,
                           Optional<Instant> expiresAt, Optional<LocalDate> lastDay) {
    public BalanceCheck {
        requireNonNull(maskedCode, "maskedCode is null");
        requireNonNull(programmeName, "programmeName is null");
        requireNonNull(face, "face is null");
        requireNonNull(balance, "balance is null");
        requireNonNull(status, "status is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(lastDay, "lastDay is null");
    }
}

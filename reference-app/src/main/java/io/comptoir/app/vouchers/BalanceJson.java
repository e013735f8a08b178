package io.comptoir.app.vouchers;

import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BalanceCheck;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a balance check tells: never the code in full (the caller has it), the balance and the deadline.
 *
 * @param expiresAt the end of validity (exclusive), null when none
 * @param lastDay the last day it can be spent (in the marketplace's time zone), null when none
 */
record BalanceJson(String maskedCode, String programme, Money face, Money balance, String status, boolean spendable, Instant expiresAt,
                   LocalDate lastDay) {
    static BalanceJson of(BalanceCheck check, Instant now) {
        return new BalanceJson(check.maskedCode(), check.programmeName(), check.face(), check.balance(), check.status().name(),
                check.status().spendable() && check.expiresAt().map(now::isBefore).orElse(true), check.expiresAt().orElse(null),
                check.lastDay().orElse(null));
    }
}

package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A point of sale's day: what it sold, what it cancelled, and the cash it holds for the programme. */
public record Remittance(long pointOfSaleId, LocalDate day, int vouchersSold, int vouchersCancelled, Money collected,
                         Money refunded) {
    public Remittance {
        requireNonNull(day, "day is null");
        requireNonNull(collected, "collected is null");
        requireNonNull(refunded, "refunded is null");
    }

    /** The cash to hand over for that day. */
    public Money toHandOver() {
        return collected.minus(refunded);
    }
}

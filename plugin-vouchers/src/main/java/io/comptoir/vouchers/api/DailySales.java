package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** Vouchers sold on one day (the marketplace's calendar), net of cancellations. */
public record DailySales(LocalDate day, long vouchers, Money face, Money paid) {
    public DailySales {
        requireNonNull(day, "day is null");
        requireNonNull(face, "face is null");
        requireNonNull(paid, "paid is null");
    }
}

package io.comptoir.vouchers.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often statements are issued: weekly (Monday to Sunday, the default) or monthly; in the marketplace's calendar. */
public enum SettlementPeriod {
    WEEK,
    MONTH;

    /** The first day of the period containing the day. */
    public LocalDate startOf(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day after the period starting on {@code start}. */
    public LocalDate endOf(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    public boolean isStart(LocalDate day) {
        return startOf(day).equals(day);
    }
}

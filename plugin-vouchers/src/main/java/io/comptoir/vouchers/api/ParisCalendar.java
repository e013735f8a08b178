package io.comptoir.vouchers.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The territory's calendar: dates are Europe/Paris, and "until a date" means until the end of that day there. */
public final class ParisCalendar {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisCalendar() {
    }

    /** The first instant of the day, Paris time. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant the day ends, Paris time (exclusive): the end of 2021-02-28 is 2021-03-01T00:00 Paris. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The last day still included before an exclusive end instant. */
    public static LocalDate lastDayBefore(Instant end) {
        return end.minusNanos(1).atZone(ZONE).toLocalDate();
    }
}

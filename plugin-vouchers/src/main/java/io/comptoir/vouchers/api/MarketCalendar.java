package io.comptoir.vouchers.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static java.util.Objects.requireNonNull;

/**
 * The marketplace's calendar: dates are days of its time zone (the territory's, {@code PluginContext.zone()}), and "until
 * a date" means until the end of that day there. Europe/Paris for the Pays de Saint-Omer, Indian/Reunion for La Réunion.
 */
public final class MarketCalendar {
    private final ZoneId zone;

    public MarketCalendar(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone is null");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of the day, in the marketplace's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The instant the day ends (exclusive): in Paris the end of 2021-02-28 is 2021-03-01T00:00 Paris. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The last day still included before an exclusive end instant. */
    public LocalDate lastDayBefore(Instant end) {
        return end.minusNanos(1).atZone(zone).toLocalDate();
    }

    @Override
    public String toString() {
        return "MarketCalendar[" + zone + "]";
    }
}

package io.comptoir.plugin.kit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import static java.util.Objects.requireNonNull;

/**
 * The marketplace's calendar: dates and wall-clock times are those of its time zone, the territory's
 * ({@code PluginContext.zone()}: Europe/Paris for the Pays de Saint-Omer, Indian/Reunion for La Réunion), and "until a
 * date" means until the end of that day there.
 */
public final class MarketCalendar {
    private final ZoneId zone;

    public MarketCalendar(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone is null");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of the day. */
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

    public LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    public YearMonth thisMonth(Clock clock) {
        return YearMonth.from(today(clock));
    }

    /** The instant of a wall-clock time (in the autumn overlap, the earlier one; in the spring gap, shifted). */
    public Instant instantOf(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    public LocalDateTime localOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    @Override
    public String toString() {
        return "MarketCalendar[" + zone + "]";
    }
}

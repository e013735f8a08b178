package io.comptoir.training.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The territory's calendar: every date and wall-clock time of the plugin is in Europe/Paris. */
public final class Paris {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);

    private Paris() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.from(today(clock));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant of a wall-clock time in Paris (in the autumn overlap, the earlier one; in the spring gap, shifted). */
    public static Instant instantOf(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime localOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The first instant of a day in Paris. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /** {@code 30/06/2027} */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code lundi 7 décembre 2026} */
    public static String longDate(Instant instant) {
        return LONG_DATE.format(localOf(instant));
    }

    /** {@code 14h00} */
    public static String time(Instant instant) {
        return TIME.format(localOf(instant));
    }
}

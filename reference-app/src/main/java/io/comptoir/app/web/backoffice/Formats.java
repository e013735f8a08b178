package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;
import io.comptoir.plugin.kit.MarketCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the back-offices: the territory's time zone, the reader's language. */
public final class Formats {
    private Formats() {
    }

    /** e.g. {@code 24/11/2026 10:32}. */
    public static String dateTime(Page page, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(page.i18n().locale()).withZone(page.zone()).format(instant);
    }

    /** e.g. {@code 24 nov. 2026}. */
    public static String date(Page page, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(page.i18n().locale()).format(date);
    }

    /** The last day before an exclusive end (a voucher's validity), in the marketplace's zone. */
    public static String lastDayBefore(Page page, Instant end) {
        return date(page, new MarketCalendar(page.zone()).lastDayBefore(end));
    }

    /** For machines ({@code <time datetime>}), with the offset of the marketplace's zone. */
    public static String iso(Page page, Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(page.zone()).format(instant);
    }
}

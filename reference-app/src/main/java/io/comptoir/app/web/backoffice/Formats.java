package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the back-offices: the territory's time zone, the reader's language. */
public final class Formats {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Formats() {
    }

    /** e.g. {@code 24/11/2026 10:32}. */
    public static String dateTime(Page page, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(page.i18n().locale()).withZone(PARIS).format(instant);
    }

    /** e.g. {@code 24 nov. 2026}. */
    public static String date(Page page, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(page.i18n().locale()).format(date);
    }

    /** For machines ({@code <time datetime>}). */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(PARIS).format(instant);
    }
}

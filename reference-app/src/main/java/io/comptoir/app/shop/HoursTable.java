package io.comptoir.app.shop;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.merchant.OpeningHours;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A shop's week as a table, today highlighted, and whether it is open now (in Europe/Paris time).
 *
 * @param known whether the shop gave its hours at all
 */
public record HoursTable(List<Row> rows, boolean openNow, boolean known) {

    /** @param hours the day's slots for people, e.g. "09h00 – 12h00, 14h00 – 19h00"; empty when closed */
    public record Row(String day, String hours, boolean today) {
        public boolean closed() {
            return hours.isEmpty();
        }
    }

    static HoursTable of(OpeningHours hours, LocalDateTime now, Page page) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(page.t("hours.time.pattern"), page.i18n().locale());
        List<Row> rows = Arrays.stream(DayOfWeek.values())
                .map(day -> new Row(page.i18n().dayName(day), hours.on(day).stream()
                        .map(range -> time.format(range.opens()) + " – " + time.format(range.closes()))
                        .collect(Collectors.joining(", ")), day == now.getDayOfWeek()))
                .toList();
        return new HoursTable(rows, hours.isOpenAt(now), !hours.isEmpty());
    }
}

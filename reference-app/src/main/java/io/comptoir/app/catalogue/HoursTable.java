package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.merchant.OpeningHours;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * A shop's week as a table, today highlighted, and whether it is open now (in the marketplace's time zone).
 *
 * @param known whether the shop gave its hours at all
 */
public record HoursTable(List<Row> rows, boolean openNow, boolean known) {

    /** @param slots the day's open slots for people, e.g. "09h00 – 12h00"; empty when closed */
    public record Row(String day, List<String> slots, boolean today) {
        public Row {
            slots = List.copyOf(slots);
        }

        public boolean closed() {
            return slots.isEmpty();
        }
    }

    public static HoursTable of(OpeningHours hours, LocalDateTime now, Page page) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(page.t("hours.time.pattern"), page.i18n().locale());
        List<Row> rows = Arrays.stream(DayOfWeek.values())
                .map(day -> new Row(page.i18n().dayName(day), hours.on(day).stream()
                        .map(range -> time.format(range.opens()) + " – " + time.format(range.closes())).toList(),
                        day == now.getDayOfWeek()))
                .toList();
        return new HoursTable(rows, hours.isOpenAt(now), !hours.isEmpty());
    }
}

package io.comptoir.app.admin;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Formats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Visits per day as a bar chart drawn in inline SVG (no script, no inline style, so the page's content security policy
 * holds), with a text summary for screen readers and the figures as a table just below it.
 */
public record VisitsChart(int width, int height, List<Bar> bars, List<Grid> grid, List<Label> labels, String summary,
                          List<Row> rows) {
    static final int WIDTH = 760;
    static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    public VisitsChart {
        bars = List.copyOf(bars);
        grid = List.copyOf(grid);
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    /** @param title for the bar's tooltip, e.g. "24 nov. 2026 : 1 032 visites" */
    public record Bar(int x, int y, int width, int height, String title, boolean today) {
    }

    public record Grid(int y, int labelY, String label) {
    }

    public record Label(int x, String text) {
    }

    public record Row(String day, String visits) {
    }

    public static VisitsChart of(Page page, SortedMap<LocalDate, Long> visits, LocalDate today) {
        long max = visits.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long gridStep = niceStep(Math.max(max, 1));
        long top = 4 * gridStep;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int count = Math.max(1, visits.size());
        double step = (double) plotWidth / count;
        int barWidth = Math.max(2, (int) Math.floor(step * 0.72));
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("dd/MM", page.i18n().locale());
        int i = 0;
        LocalDate busiest = null;
        for (Map.Entry<LocalDate, Long> day : visits.entrySet()) {
            int barHeight = (int) Math.round((double) day.getValue() / top * plotHeight);
            int x = LEFT + (int) Math.round(i * step + (step - barWidth) / 2);
            String date = Formats.date(page, day.getKey());
            bars.add(new Bar(x, TOP + plotHeight - barHeight, barWidth, barHeight,
                    page.t("bo.admin.visits.bar", date, page.plural("bo.admin.visits.count", day.getValue())), day.getKey().equals(today)));
            if (i % 5 == (count - 1) % 5) {
                labels.add(new Label(x + barWidth / 2, shortDay.format(day.getKey())));
            }
            rows.add(new Row(date, page.number(day.getValue())));
            if (busiest == null || day.getValue() > visits.get(busiest)) {
                busiest = day.getKey();
            }
            i++;
        }
        List<Grid> grid = new ArrayList<>();
        for (int g = 0; g <= 4; g++) {
            int y = TOP + plotHeight - (int) Math.round(plotHeight * g / 4.0);
            grid.add(new Grid(y, y + 4, page.number(gridStep * g)));
        }
        long total = visits.values().stream().mapToLong(Long::longValue).sum();
        String summary = visits.isEmpty() ? "" : page.t("bo.admin.visits.summary", Formats.date(page, visits.firstKey()),
                Formats.date(page, visits.lastKey()), page.number(total), page.number(Math.round((double) total / visits.size())),
                busiest == null ? "" : Formats.date(page, busiest), page.number(max));
        return new VisitsChart(WIDTH, HEIGHT, bars, grid, labels, summary, rows);
    }

    /** The smallest round step (1, 2 or 5 × 10ⁿ) whose four grid lines reach the value. */
    static long niceStep(long max) {
        long magnitude = 1;
        while (true) {
            for (long factor : new long[]{1, 2, 5}) {
                if (4 * factor * magnitude >= max) {
                    return factor * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }
}

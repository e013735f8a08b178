package io.comptoir.engine.api.merchant;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static java.util.Objects.requireNonNull;

/**
 * A shop's weekly opening hours, in the local wall-clock time of the marketplace's time zone.
 *
 * <p>The text form is the common subset of OpenStreetMap's {@code opening_hours}:
 * {@code "Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-18:00"}; days not named are closed.
 */
public final class OpeningHours {

    /** Opening hours with no open slot at all (unknown or closed). */
    public static final OpeningHours CLOSED = new OpeningHours(Map.of());

    private static final String[] DAY_CODES = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

    private final Map<DayOfWeek, List<TimeRange>> week;

    /** One open slot within a day; {@code closes} is after {@code opens}. */
    public record TimeRange(LocalTime opens, LocalTime closes) {
        public TimeRange {
            requireNonNull(opens, "opens is null");
            requireNonNull(closes, "closes is null");
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes " + closes + " is not after opens " + opens);
            }
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    public OpeningHours(Map<DayOfWeek, List<TimeRange>> week) {
        requireNonNull(week, "week is null");
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                List<TimeRange> sorted = new ArrayList<>(ranges);
                sorted.sort((a, b) -> a.opens().compareTo(b.opens()));
                for (int i = 1; i < sorted.size(); i++) {
                    if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                        throw new IllegalArgumentException("overlapping opening hours on " + day);
                    }
                }
                copy.put(day, List.copyOf(sorted));
            }
        });
        this.week = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses the text form, e.g. {@code "Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-18:00"}. Blank text means closed.
     *
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static OpeningHours parse(String text) {
        requireNonNull(text, "text is null");
        if (text.isBlank()) {
            return CLOSED;
        }
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (String rule : text.split(";")) {
            String trimmed = rule.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected '<days> <hours>' in '" + trimmed + "'");
            }
            List<DayOfWeek> days = parseDays(parts[0]);
            List<TimeRange> ranges = parseRanges(parts[1]);
            for (DayOfWeek day : days) {
                List<TimeRange> existing = week.computeIfAbsent(day, d -> new ArrayList<>());
                existing.addAll(ranges);
            }
        }
        return new OpeningHours(week);
    }

    private static List<DayOfWeek> parseDays(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] bounds = item.split("-");
            if (bounds.length == 1) {
                days.add(day(bounds[0]));
            }
            else if (bounds.length == 2) {
                int from = day(bounds[0]).ordinal();
                int to = day(bounds[1]).ordinal();
                for (int i = from; ; i = (i + 1) % 7) {
                    days.add(DayOfWeek.values()[i]);
                    if (i == to) {
                        break;
                    }
                }
            }
            else {
                throw new IllegalArgumentException("bad day range '" + item + "'");
            }
        }
        return days;
    }

    private static DayOfWeek day(String code) {
        for (int i = 0; i < DAY_CODES.length; i++) {
            if (DAY_CODES[i].equalsIgnoreCase(code.trim())) {
                return DayOfWeek.values()[i];
            }
        }
        throw new IllegalArgumentException("unknown day '" + code + "' (use Mo Tu We Th Fr Sa Su)");
    }

    private static List<TimeRange> parseRanges(String text) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] bounds = item.trim().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("bad time range '" + item + "'");
            }
            try {
                ranges.add(new TimeRange(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim())));
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad time in '" + item + "'", e);
            }
        }
        return ranges;
    }

    /** The open slots of that day, in order; empty when closed. */
    public List<TimeRange> on(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }

    public boolean isOpenAt(LocalDateTime localTime) {
        return on(localTime.getDayOfWeek()).stream().anyMatch(range -> range.contains(localTime.toLocalTime()));
    }

    public boolean isEmpty() {
        return week.isEmpty();
    }

    /** The text form, grouping consecutive days with the same hours: {@code "Mo-Fr 09:00-19:00; Sa 09:00-12:00"}. */
    public String toText() {
        StringJoiner rules = new StringJoiner("; ");
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            List<TimeRange> ranges = on(days[i]);
            int j = i;
            while (j + 1 < 7 && on(days[j + 1]).equals(ranges)) {
                j++;
            }
            if (!ranges.isEmpty()) {
                String span = i == j ? DAY_CODES[i] : DAY_CODES[i] + "-" + DAY_CODES[j];
                StringJoiner times = new StringJoiner(",");
                ranges.forEach(range -> times.add(range.toString()));
                rules.add(span + " " + times);
            }
            i = j + 1;
        }
        return rules.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours && hours.week.equals(week);
    }

    @Override
    public int hashCode() {
        return week.hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }
}

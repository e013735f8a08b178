package io.comptoir.app.merchant;

import io.comptoir.app.web.FormParams;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.OpeningHours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly opening hours as a form: for each day, a few slots (two by default, more if the shop already has more),
 * each an opening and a closing time; a day with no slot is closed. Read back into {@link OpeningHours}, with each
 * problem named on its field ({@code hours.MONDAY.1.closes}).
 *
 * @param days for each day, its slots as typed: {@code [opens, closes]}, "" when empty
 */
public record HoursForm(int slots, Map<DayOfWeek, List<Slot>> days) {
    static final int MIN_SLOTS = 2;
    static final int MAX_SLOTS = 4;

    public record Slot(String opens, String closes) {
    }

    public HoursForm {
        days = Map.copyOf(days);
    }

    public static HoursForm of(OpeningHours hours) {
        int slots = MIN_SLOTS;
        for (DayOfWeek day : DayOfWeek.values()) {
            slots = Math.max(slots, Math.min(MAX_SLOTS, hours.on(day).size()));
        }
        Map<DayOfWeek, List<Slot>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Slot> list = new ArrayList<>();
            for (OpeningHours.TimeRange range : hours.on(day)) {
                if (list.size() < MAX_SLOTS) {
                    list.add(new Slot(range.opens().toString(), range.closes().toString()));
                }
            }
            while (list.size() < slots) {
                list.add(new Slot("", ""));
            }
            days.put(day, list);
        }
        return new HoursForm(slots, days);
    }

    public static HoursForm read(FormParams form) {
        int slots;
        try {
            slots = Math.max(MIN_SLOTS, Math.min(MAX_SLOTS, Integer.parseInt(form.raw("slots"))));
        }
        catch (NumberFormatException e) {
            slots = MIN_SLOTS;
        }
        Map<DayOfWeek, List<Slot>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Slot> list = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                list.add(new Slot(form.raw(field(day, i, "opens")), form.raw(field(day, i, "closes"))));
            }
            days.put(day, list);
        }
        return new HoursForm(slots, days);
    }

    public static String field(DayOfWeek day, int slot, String part) {
        return "hours." + day.name() + "." + slot + "." + part;
    }

    public List<Slot> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** @throws InvalidInputException naming the field at fault */
    public OpeningHours toOpeningHours() {
        Map<DayOfWeek, List<OpeningHours.TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours.TimeRange> ranges = new ArrayList<>();
            List<Slot> list = on(day);
            for (int i = 0; i < list.size(); i++) {
                Slot slot = list.get(i);
                if (slot.opens().isEmpty() && slot.closes().isEmpty()) {
                    continue;
                }
                if (slot.opens().isEmpty() || slot.closes().isEmpty()) {
                    String missing = slot.opens().isEmpty() ? "opens" : "closes";
                    throw new InvalidInputException(field(day, i, missing), "invalid_hours_incomplete", "give both the opening and the closing time");
                }
                LocalTime opens = time(field(day, i, "opens"), slot.opens());
                LocalTime closes = time(field(day, i, "closes"), slot.closes());
                if (!closes.isAfter(opens)) {
                    throw new InvalidInputException(field(day, i, "closes"), "invalid_hours_order", "closing time must be after opening time");
                }
                for (OpeningHours.TimeRange other : ranges) {
                    if (opens.isBefore(other.closes()) && other.opens().isBefore(closes)) {
                        throw new InvalidInputException(field(day, i, "opens"), "invalid_hours_overlap", "two slots of the day overlap");
                    }
                }
                ranges.add(new OpeningHours.TimeRange(opens, closes));
            }
            week.put(day, ranges);
        }
        return new OpeningHours(week);
    }

    private static LocalTime time(String field, String text) {
        try {
            if (text.matches("[0-9]{1,2}[:hH][0-9]{2}")) {
                String normal = text.replace('h', ':').replace('H', ':');
                return LocalTime.parse(normal.length() == 4 ? "0" + normal : normal);
            }
        }
        catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException(field, "invalid_time", "a time is written 09:30");
    }
}

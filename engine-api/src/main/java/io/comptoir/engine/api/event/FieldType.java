package io.comptoir.engine.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** How the text of an event's data value is to be read. Values are text so that any later version can read old events. */
public enum FieldType {
    /** The id of a record (an account, a shop, an order…): a positive whole number in decimal. */
    ID("a positive whole number, a record's id") {
        @Override
        public boolean accepts(String value) {
            return WHOLE.matcher(value).matches() && !value.equals("0") && fitsLong(value);
        }
    },
    /** Ids separated by commas, e.g. {@code 12,15}. */
    ID_LIST("ids separated by commas") {
        @Override
        public boolean accepts(String value) {
            for (String id : value.split(",", -1)) {
                if (!ID.accepts(id)) {
                    return false;
                }
            }
            return true;
        }
    },
    /** A whole number, possibly negative. */
    INTEGER("a whole number") {
        @Override
        public boolean accepts(String value) {
            return SIGNED.matcher(value).matches() && fitsLong(value);
        }
    },
    /**
     * An amount of money in the minor units of its currency (cents for EUR), a whole number; the currency is the event's
     * {@link CURRENCY} field (by convention the key {@code currency}).
     */
    MONEY("an amount in the currency's minor units (cents), a whole number") {
        @Override
        public boolean accepts(String value) {
            return INTEGER.accepts(value);
        }
    },
    /** An ISO 4217 currency code, e.g. {@code EUR}. */
    CURRENCY("an ISO 4217 code, e.g. EUR") {
        @Override
        public boolean accepts(String value) {
            return value.matches("[A-Z]{3}");
        }
    },
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false") {
        @Override
        public boolean accepts(String value) {
            return value.equals("true") || value.equals("false");
        }
    },
    /** A word of a fixed vocabulary, such as the name of an engine enum constant ({@code LIVE}, {@code ACCEPTED}). */
    CODE("a word of a fixed vocabulary (listed in the field's meaning)") {
        @Override
        public boolean accepts(String value) {
            return value.matches("[A-Za-z0-9_.-]{1,100}");
        }
    },
    /** An ISO-8601 instant, e.g. {@code 2026-11-14T09:00:00Z}. */
    INSTANT("an ISO-8601 instant, e.g. 2026-11-14T09:00:00Z") {
        @Override
        public boolean accepts(String value) {
            try {
                Instant.parse(value);
                return true;
            }
            catch (DateTimeParseException e) {
                return false;
            }
        }
    },
    /** An ISO-8601 date, e.g. {@code 2026-02-28}. */
    DATE("an ISO-8601 date, e.g. 2026-02-28") {
        @Override
        public boolean accepts(String value) {
            try {
                LocalDate.parse(value);
                return true;
            }
            catch (DateTimeParseException e) {
                return false;
            }
        }
    },
    /** Free text. */
    TEXT("text") {
        @Override
        public boolean accepts(String value) {
            return true;
        }
    };

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,19}");
    private static final Pattern SIGNED = Pattern.compile("-?[0-9]{1,19}");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    /** What a value of this type looks like, for documentation ("a whole number"). */
    public String description() {
        return description;
    }

    /** Whether the text is a value of this type. */
    public abstract boolean accepts(String value);

    private static boolean fitsLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }
}

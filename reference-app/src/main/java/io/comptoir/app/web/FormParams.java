package io.comptoir.app.web;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.javalin.http.Context;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Reads the fields of an HTML form strictly, like {@link QueryParams}: a value that is present but malformed is an
 * {@link InvalidInputException} naming the field (the page shows it next to the field), never silently ignored.
 * Blank values count as not given.
 */
public final class FormParams {
    private final Context ctx;

    public FormParams(Context ctx) {
        this.ctx = requireNonNull(ctx, "ctx is null");
    }

    /** The raw value, stripped; empty when absent. */
    public String raw(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    public Optional<String> text(String name) {
        String value = raw(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A text of at most {@code maxLength} characters, empty when absent. Line breaks are kept. */
    public String text(String name, int maxLength) {
        String value = raw(name);
        if (value.length() > maxLength) {
            throw InvalidInputException.invalid(name, name + " must be at most " + maxLength + " characters long");
        }
        return value;
    }

    public String required(String name, int maxLength) {
        String value = text(name, maxLength);
        if (value.isEmpty()) {
            throw InvalidInputException.invalid(name, name + " is required");
        }
        return value;
    }

    /** A whole number between {@code min} and {@code max}; required. */
    public int integer(String name, int min, int max) {
        String value = raw(name);
        if (value.isEmpty()) {
            throw InvalidInputException.invalid(name, name + " is required");
        }
        return parseInt(name, value, min, max);
    }

    static int parseInt(String name, String value, int min, int max) {
        long number;
        try {
            number = Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            throw InvalidInputException.invalid(name, name + " must be a whole number, got '" + value + "'");
        }
        if (number < min || number > max) {
            throw InvalidInputException.invalid(name, name + " must be between " + min + " and " + max + ", got " + number);
        }
        return (int) number;
    }

    /** A positive id; required. */
    public long id(String name) {
        return parseId(name, raw(name));
    }

    /** A positive id written in a field (one of a repeated field's values, a part of one): refused naming the field. */
    public static long parseId(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid(name, name + " must be a positive id, got '" + value + "'");
    }

    /** An amount written by people, "12,50" or "12.5", of zero or more; empty when absent. */
    public Optional<Money> money(String name, Currency currency) {
        return text(name).map(value -> parseMoney(name, value, currency));
    }

    public static Money parseMoney(String name, String value, Currency currency) {
        String cleaned = value.replace("\u00a0", "").replace(" ", "").replace("€", "");
        if (!cleaned.matches("[0-9]{1,9}([.,][0-9]{1,2})?")) {
            throw InvalidInputException.invalid(name, name + " must be an amount such as 12,50, got '" + value + "'");
        }
        return Money.parse(cleaned, currency);
    }

    /** A checkbox: ticked when sent with any value but "false". */
    public boolean checked(String name) {
        String value = ctx.formParam(name);
        return value != null && !value.equalsIgnoreCase("false");
    }

    /** {@code true} or {@code false}; required. */
    public boolean bool(String name) {
        return switch (raw(name)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.invalid(name, name + " must be true or false");
        };
    }

    /** One of the constants of an enum, by name; required. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = raw(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw InvalidInputException.invalid(name, name + " must be one of " + List.of(type.getEnumConstants()) + ", got '" + value + "'");
    }

    /** Every non-empty value of a repeated field (checkboxes), in order, without duplicates. */
    public List<String> all(String name) {
        return ctx.formParams(name).stream().map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }
}

package io.comptoir.app.web;

import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * Reads query parameters strictly: a value that is present but malformed is an {@link InvalidInputException} naming
 * the parameter (a 400), never silently ignored nor a 500. Absent and empty values count as not given. Parameters
 * nobody asks for are ignored.
 */
public final class QueryParams {
    private final Context ctx;

    public QueryParams(Context ctx) {
        this.ctx = requireNonNull(ctx, "ctx is null");
    }

    public Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A free text of at most {@code maxLength} characters. */
    public Optional<String> text(String name, int maxLength) {
        Optional<String> text = text(name);
        if (text.isPresent() && text.get().length() > maxLength) {
            throw InvalidInputException.invalid(name, name + " must be at most " + maxLength + " characters long");
        }
        return text;
    }

    /** Every non-empty value of a repeated parameter ({@code ?commune=a&commune=b}), in order, without duplicates. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            String stripped = value.strip();
            if (!stripped.isEmpty() && !values.contains(stripped)) {
                values.add(stripped);
            }
        }
        return values;
    }

    /** An integer between {@code min} and {@code max}, {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        long value = parseLong(name, text.get());
        if (value < min || value > max) {
            throw InvalidInputException.invalid(name, name + " must be between " + min + " and " + max + ", got " + value);
        }
        return (int) value;
    }

    /** A whole number of zero or more, such as a price in minor units. */
    public OptionalLong nonNegative(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long value = parseLong(name, text.get());
        if (value < 0) {
            throw InvalidInputException.invalid(name, name + " must not be negative, got " + value);
        }
        return OptionalLong.of(value);
    }

    /** Every value of a repeated parameter as a positive id. */
    public List<Long> ids(String name) {
        return all(name).stream().map(value -> {
            long id = parseLong(name, value);
            if (id <= 0) {
                throw InvalidInputException.invalid(name, name + " must be a positive id, got " + value);
            }
            return id;
        }).distinct().toList();
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    public boolean bool(String name, boolean fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.invalid(name, name + " must be true or false, got '" + text.get() + "'");
        };
    }

    private static long parseLong(String name, String text) {
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException e) {
            throw InvalidInputException.invalid(name, name + " must be a whole number, got '" + text + "'");
        }
    }
}

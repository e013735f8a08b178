package io.comptoir.app.vouchers;

import io.comptoir.engine.api.error.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The day a point of sale's figures are asked for: a {@code YYYY-MM-DD} parameter, today (the marketplace's) when absent. */
final class Days {

    private Days() {
    }

    static LocalDate of(Optional<String> text, String field, LocalDate today) {
        if (text.isEmpty()) {
            return today;
        }
        try {
            return LocalDate.parse(text.get());
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "invalid_day", field + " must be a day written YYYY-MM-DD, got '" + text.get() + "'");
        }
    }
}

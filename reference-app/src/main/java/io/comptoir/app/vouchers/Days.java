package io.comptoir.app.vouchers;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.vouchers.api.ParisCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The day a point of sale's figures are asked for: a {@code YYYY-MM-DD} parameter, today (Paris) when absent. */
final class Days {

    private Days() {
    }

    static LocalDate of(Optional<String> text, String field, Instant now) {
        if (text.isEmpty()) {
            return ParisCalendar.dayOf(now);
        }
        try {
            return LocalDate.parse(text.get());
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "invalid_day", field + " must be a day written YYYY-MM-DD, got '" + text.get() + "'");
        }
    }
}

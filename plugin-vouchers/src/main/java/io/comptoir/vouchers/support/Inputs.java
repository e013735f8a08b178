package io.comptoir.vouchers.support;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.plugin.kit.EmailAddresses;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of caller input shared by the services; each failure names the field. */
public final class Inputs {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private Inputs() {
    }

    public static String idempotencyKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("idempotencyKey", "invalid_idempotency_key",
                    "an idempotency key has 8 to 100 letters, digits, dots, dashes, underscores or colons");
        }
        return key;
    }

    /**
     * A one-line text (a name, a street, a reason), stripped: {@code min} to {@code max} characters and no control
     * character (a NUL, which PostgreSQL cannot store, a line break, an escape...).
     */
    public static String text(String field, String value, int min, int max) {
        String stripped = length(field, value, min, max);
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.invalid(field, field + " is one line without control characters");
        }
        return stripped;
    }

    /** A text of several lines (a description), stripped: as {@link #text}, but line breaks and tabs are kept. */
    public static String lines(String field, String value, int min, int max) {
        String stripped = length(field, value, min, max);
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw InvalidInputException.invalid(field, field + " holds no control characters but line breaks and tabs");
        }
        return stripped;
    }

    private static String length(String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() < min || stripped.length() > max) {
            throw InvalidInputException.invalid(field, min > 0 ? field + " must have " + min + " to " + max + " characters"
                    : field + " has at most " + max + " characters");
        }
        return stripped;
    }

    /** A buyer's e-mail, trimmed and lower-cased, or empty when not given; one the engine's mailer writes to. */
    public static Optional<String> email(String field, Optional<String> value) {
        Optional<String> given = value.map(String::strip).filter(text -> !text.isEmpty());
        if (given.isPresent() && !EmailAddresses.isAddress(given.get())) {
            throw InvalidInputException.invalid(field, "not an e-mail address");
        }
        return given.map(EmailAddresses::normalise);
    }

    /** A phone number reduced to its digits (a French +33 prefix becomes 0), or empty when not given. */
    public static Optional<String> phone(String field, Optional<String> value) {
        Optional<String> given = value.map(String::strip).filter(text -> !text.isEmpty());
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (!given.get().matches("[0-9+ ().-]{6,40}")) {
            throw InvalidInputException.invalid(field, "not a phone number");
        }
        String digits = given.get().replaceAll("[^0-9+]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        }
        digits = digits.replace("+", "00");
        if (digits.length() < 6 || digits.length() > 20) {
            throw InvalidInputException.invalid(field, "not a phone number");
        }
        return Optional.of(digits);
    }
}

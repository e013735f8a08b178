package io.comptoir.training.support;

import io.comptoir.engine.api.error.InvalidInputException;

/** Rules for text people type into the plugin's forms; each failure names its field. */
public final class Texts {
    private Texts() {
    }

    /**
     * A one-line text: stripped, {@code min} to {@code max} characters, no control character.
     *
     * @return the stripped text
     */
    public static String line(String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        check(field, stripped, min, max);
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.invalid(field, field + " holds a control character");
        }
        return stripped;
    }

    /** A multi-line text (Markdown, a message): stripped, line breaks and tabs allowed, no other control character. */
    public static String block(String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip().replace("\r\n", "\n");
        check(field, stripped, min, max);
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw InvalidInputException.invalid(field, field + " holds a control character");
        }
        return stripped;
    }

    private static void check(String field, String stripped, int min, int max) {
        int length = stripped.codePointCount(0, stripped.length());
        if (length < min) {
            throw InvalidInputException.invalid(field, min == 1 ? field + " is required" : field + " needs at least " + min + " characters");
        }
        if (length > max) {
            throw InvalidInputException.invalid(field, field + " is longer than " + max + " characters");
        }
    }
}

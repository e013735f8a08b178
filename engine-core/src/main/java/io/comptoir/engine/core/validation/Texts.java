package io.comptoir.engine.core.validation;

import io.comptoir.engine.api.error.InvalidInputException;

/** Length rules for text written by people. */
public final class Texts {
    private Texts() {
    }

    /**
     * @throws InvalidInputException naming the field when the text, without surrounding blanks, is shorter than
     *         {@code min} or is longer than {@code max}
     */
    public static void require(String field, String value, int min, int max) {
        if (value.strip().length() < min) {
            throw InvalidInputException.invalid(field, field + " is required");
        }
        if (value.length() > max) {
            throw InvalidInputException.invalid(field, field + " is longer than " + max + " characters");
        }
    }
}

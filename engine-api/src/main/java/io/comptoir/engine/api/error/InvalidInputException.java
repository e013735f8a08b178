package io.comptoir.engine.api.error;

import java.util.Optional;

/** A value given by the caller is not acceptable; {@link #field()} names it when one field is to blame. */
public class InvalidInputException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String code, String message) {
        super(code, message);
        this.field = field;
    }

    /** Shorthand for the common case {@code invalid_<field>}. */
    public static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(field, "invalid_" + field, message);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}

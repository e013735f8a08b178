package io.comptoir.engine.api.error;

import static java.util.Objects.requireNonNull;

/**
 * The base of the errors the engine reports to its callers. Each carries a stable machine-readable
 * {@link #code()} (for example {@code product_not_found}) beside its human message, so that a web layer can
 * map it to a status and a client can act on it without parsing text.
 */
public abstract class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    protected EngineException(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    /** Stable, lower-case, snake_case identifier of the error. */
    public String code() {
        return code;
    }
}

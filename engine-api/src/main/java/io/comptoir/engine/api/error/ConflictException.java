package io.comptoir.engine.api.error;

import java.util.List;

/**
 * The request is well formed but clashes with the current state: an illegal state transition, a duplicate,
 * not enough stock. {@link #details()} lists the reasons when there are several (for example the blocking
 * items that keep a merchant from going live).
 */
public class ConflictException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final List<String> details;

    public ConflictException(String code, String message) {
        this(code, message, List.of());
    }

    public ConflictException(String code, String message, List<String> details) {
        super(code, message);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}

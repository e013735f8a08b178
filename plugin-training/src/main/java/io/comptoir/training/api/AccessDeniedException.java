package io.comptoir.training.api;

import io.comptoir.engine.api.error.EngineException;

/**
 * The acting account may not do this: it is not staff of the shop it acts for, not an admin where an admin is needed,
 * not the trainer of the session. Code {@code forbidden}; a web layer answers 403. Thrown before anything changes.
 *
 * <p>Things that exist but are not visible to the caller (an unpublished course to a shop) are reported as
 * {@link io.comptoir.engine.api.error.NotFoundException} instead, so the caller does not learn they exist.
 */
public final class AccessDeniedException extends EngineException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super("forbidden", message);
    }
}

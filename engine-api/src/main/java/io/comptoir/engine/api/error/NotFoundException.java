package io.comptoir.engine.api.error;

/** The thing asked for does not exist (or is not visible to the caller, which must not learn the difference). */
public class NotFoundException extends EngineException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String message) {
        super(code, message);
    }

    public static NotFoundException of(String kind, Object id) {
        return new NotFoundException(kind + "_not_found", "no " + kind.replace('_', ' ') + " with id " + id);
    }
}

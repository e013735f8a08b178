package io.comptoir.app;

/** The marketplace cannot start for a reason the operator can fix; the message says which in one line. */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.comptoir.engine.api.account;

import io.comptoir.engine.api.error.EngineException;

import java.time.Duration;
import java.util.Optional;

/**
 * Signing in failed. The message never says whether the e-mail exists. When too many attempts failed,
 * {@link #retryAfter()} says how long to wait (code {@code too_many_attempts}); otherwise the code is
 * {@code invalid_credentials}.
 */
public final class AuthenticationException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    private AuthenticationException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    public static AuthenticationException invalidCredentials() {
        return new AuthenticationException("invalid_credentials", "wrong e-mail or password", null);
    }

    public static AuthenticationException throttled(Duration retryAfter) {
        return new AuthenticationException("too_many_attempts",
                "too many failed attempts; try again in " + Math.max(1, retryAfter.toSeconds()) + " s", retryAfter);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

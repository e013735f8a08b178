package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.throttle.AttemptLimit;
import io.comptoir.engine.api.throttle.AttemptLimits;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Limits sign-in attempts per e-mail and per client within a window, with the engine's {@link AttemptLimits}, so that
 * every node sees the same counts. An attempt is counted before its password is checked (so parallel guesses cannot
 * all pass the check), and given back once it succeeds.
 */
final class LoginThrottle {
    static final int EMAIL_LIMIT = 5;
    static final int CLIENT_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AttemptLimit emails;
    private final AttemptLimit clients;

    LoginThrottle(AttemptLimits limits) {
        requireNonNull(limits, "limits is null");
        this.emails = limits.limit("accounts.sign-in-email", EMAIL_LIMIT, WINDOW);
        this.clients = limits.limit("accounts.sign-in-client", CLIENT_LIMIT, WINDOW);
    }

    /** The subjects of one attempt: the e-mail, if it is well formed, and the client. */
    record Attempt(Optional<String> email, Optional<String> client) {
    }

    /**
     * Counts an attempt against both subjects.
     *
     * @throws AuthenticationException {@code too_many_attempts} when either has used up its window (then nothing is
     *         counted)
     */
    Attempt begin(Optional<String> normalizedEmail, String client) {
        String clientName = clientName(client);
        normalizedEmail.ifPresent(email -> emails.tryAttempt(email).ifPresent(retryAfter -> {
            throw AuthenticationException.throttled(retryAfter);
        }));
        Optional<Duration> clientRefusal = clients.tryAttempt(clientName);
        if (clientRefusal.isPresent()) {
            normalizedEmail.ifPresent(emails::giveBack);
            throw AuthenticationException.throttled(clientRefusal.get());
        }
        return new Attempt(normalizedEmail, Optional.of(clientName));
    }

    /** Counts an attempt with the e-mail only (a password check of a signed-in account). */
    Attempt begin(String normalizedEmail) {
        emails.tryAttempt(normalizedEmail).ifPresent(retryAfter -> {
            throw AuthenticationException.throttled(retryAfter);
        });
        return new Attempt(Optional.of(normalizedEmail), Optional.empty());
    }

    /** The attempt succeeded: the e-mail starts afresh, and the client gets its attempt back. */
    void succeeded(Attempt attempt) {
        attempt.email().ifPresent(emails::reset);
        attempt.client().ifPresent(clients::giveBack);
    }

    private static String clientName(String client) {
        return client == null || client.isBlank() ? "unknown" : client.strip();
    }
}

package io.comptoir.engine.api.mail;

import static java.util.Objects.requireNonNull;

/**
 * A message to one recipient, in plain text (what every mail client shows well).
 *
 * @param kind a stable name of the message kind, e.g. {@code password_reset}, {@code order_placed}, for logs and tests
 */
public record Mail(String to, String subject, String body, String kind) {
    public Mail {
        requireNonNull(to, "to is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(body, "body is null");
        requireNonNull(kind, "kind is null");
    }
}

package io.comptoir.engine.api.mail;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A message to one recipient. The plain text {@code body} is the message itself: what the outbox shows and what every
 * mail client can display. {@code html} is an optional alternative rendering of that same text for clients that show
 * HTML; when present, a transport sends both as {@code multipart/alternative}, the text first. Whoever writes the HTML
 * must make it say what the text says and keep it safe to display (no script, no remote content).
 *
 * @param kind a stable name of the message kind, e.g. {@code password_reset}, {@code order_placed}, for logs and tests
 * @param html the body as an HTML document, or empty for a plain text message
 */
public record Mail(String to, String subject, String body, String kind, Optional<String> html) {
    public Mail {
        requireNonNull(to, "to is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(body, "body is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(html, "html is null");
    }

    /** A plain text message. */
    public Mail(String to, String subject, String body, String kind) {
        this(to, subject, body, kind, Optional.empty());
    }
}

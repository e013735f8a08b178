package io.comptoir.engine.api.mail;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A message as the default mailer recorded it. */
public record SentMail(long id, Mail mail, Instant sentAt) {
    public SentMail {
        requireNonNull(mail, "mail is null");
        requireNonNull(sentAt, "sentAt is null");
    }
}

package io.comptoir.engine.api.mail;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A message of the outbox.
 *
 * @param sentAt      when it was handed to the mailer (written to the outbox)
 * @param status      where its delivery stands
 * @param attempts    how many times the transport was tried
 * @param lastError   why the last attempt failed, if it did
 * @param deliveredAt when the transport accepted it
 */
public record SentMail(long id, Mail mail, Instant sentAt, MailStatus status, int attempts, Optional<String> lastError,
                       Optional<Instant> deliveredAt) {
    public SentMail {
        requireNonNull(mail, "mail is null");
        requireNonNull(sentAt, "sentAt is null");
        requireNonNull(status, "status is null");
        requireNonNull(lastError, "lastError is null");
        requireNonNull(deliveredAt, "deliveredAt is null");
    }

    /** A message kept in the outbox, never tried. */
    public SentMail(long id, Mail mail, Instant sentAt) {
        this(id, mail, sentAt, MailStatus.KEPT, 0, Optional.empty(), Optional.empty());
    }
}

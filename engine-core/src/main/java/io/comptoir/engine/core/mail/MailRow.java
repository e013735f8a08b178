package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.SentMail;

import java.time.Instant;
import java.util.Optional;

/** A {@code mail_outbox} row; {@code htmlBody}, {@code lastError} and {@code deliveredAt} may be null. */
public record MailRow(long id, String recipient, String subject, String body, String htmlBody, String kind, Instant createdAt,
                      String status, int attempts, String lastError, Instant deliveredAt) {

    Mail mail() {
        return new Mail(recipient, subject, body, kind, Optional.ofNullable(htmlBody));
    }

    SentMail toSentMail() {
        return new SentMail(id, mail(), createdAt, MailStatus.valueOf(status), attempts, Optional.ofNullable(lastError),
                Optional.ofNullable(deliveredAt));
    }

    /** Leaves the body out: it may hold a secret link. */
    @Override
    public String toString() {
        return "MailRow[id=" + id + ", kind=" + kind + ", status=" + status + "]";
    }
}

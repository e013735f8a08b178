package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.SentMail;

import java.time.Instant;

/** A {@code mail_outbox} row. */
public record MailRow(long id, String recipient, String subject, String body, String kind, Instant createdAt) {

    SentMail toSentMail() {
        return new SentMail(id, new Mail(recipient, subject, body, kind), createdAt);
    }

    /** Leaves the body out: it may hold a secret link. */
    @Override
    public String toString() {
        return "MailRow[id=" + id + ", kind=" + kind + "]";
    }
}

package io.comptoir.training.support;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.util.Objects.requireNonNull;

/**
 * Sends the plugin's messages after the change they announce has committed. A message that cannot be sent is logged
 * and does not undo the change: the change is the truth, the message a courtesy (what must reach people reliably, the
 * workshop reminders, is retried by its job).
 */
public final class Mails {
    private static final Logger log = LoggerFactory.getLogger(Mails.class);

    private final Mailer mailer;

    public Mails(Mailer mailer) {
        this.mailer = requireNonNull(mailer, "mailer is null");
    }

    /** Sends now; returns whether the mailer took the message. */
    public boolean send(Mail mail) {
        try {
            mailer.send(mail);
            return true;
        }
        catch (RuntimeException e) {
            log.warn("Mail {} could not be sent: {}", mail.kind(), e.getMessage());
            return false;
        }
    }

    /** Sends now, letting a failure through to the caller (which retries). */
    public void sendOrThrow(Mail mail) {
        mailer.send(mail);
    }
}

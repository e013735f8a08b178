package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.Mailer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/**
 * The mailer the engine's services send through: the one a plugin registered, once plugins are initialised, and
 * the database outbox otherwise. Services hold this selection from the start, before plugins have spoken.
 */
@Singleton
public final class MailerSelection implements Mailer {
    private final OutboxMailer outbox;
    private final AtomicReference<Mailer> replacement = new AtomicReference<>();

    @Inject
    public MailerSelection(OutboxMailer outbox) {
        this.outbox = requireNonNull(outbox, "outbox is null");
    }

    /** Sends every later message through {@code mailer} instead of the outbox. */
    public void replaceWith(Mailer mailer) {
        requireNonNull(mailer, "mailer is null");
        if (mailer == this) {
            throw new IllegalArgumentException("the selection cannot replace itself");
        }
        if (!replacement.compareAndSet(null, mailer)) {
            throw new IllegalStateException("the mailer was already replaced");
        }
    }

    @Override
    public void send(Mail mail) {
        Mailer chosen = replacement.get();
        (chosen != null ? chosen : outbox).send(mail);
    }

    @Override
    public void sendAll(List<Mail> mails) {
        Mailer chosen = replacement.get();
        (chosen != null ? chosen : outbox).sendAll(mails);
    }
}

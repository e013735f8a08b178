package io.comptoir.engine.api.mail;

import java.util.List;

/**
 * SPI: sends mail. The default writes every message to the database's mail outbox (and the log); when the application
 * gave a {@link MailTransport}, the engine's relay sends it from there, after the commit that wrote it, with retries.
 * A deployment may instead replace the mailer altogether by registering its own.
 *
 * <p>A mailer tells a message it will never send apart from a failure that may pass: it refuses the first with
 * {@link MailRefusedException} (the default refuses a recipient with white space or a control character, or without
 * anything before its {@code @}), which the sender does not retry; anything else (the database or the mail server out of
 * reach) is worth trying again.
 */
public interface Mailer {

    /** @throws MailRefusedException when the message can never be sent as it is */
    void send(Mail mail);

    /**
     * Sends several messages, e.g. the mails of a batch of events. The default sends each in turn; the outbox writes them
     * all at once, in one transaction: all of them, or none when one is refused. Since engine API 1.3.
     *
     * @throws MailRefusedException when one of them can never be sent as it is: send the others one by one to know which
     */
    default void sendAll(List<Mail> mails) {
        mails.forEach(this::send);
    }
}

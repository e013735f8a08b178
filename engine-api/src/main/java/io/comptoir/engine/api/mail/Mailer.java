package io.comptoir.engine.api.mail;

import java.util.List;

/**
 * SPI: sends mail. The default writes every message to the database's mail outbox (and the log); when the application
 * gave a {@link MailTransport}, the engine's relay sends it from there, after the commit that wrote it, with retries.
 * A deployment may instead replace the mailer altogether by registering its own.
 */
public interface Mailer {
    void send(Mail mail);

    /**
     * Sends several messages, e.g. the mails of a batch of events. The default sends each in turn; the outbox writes them
     * all at once, in one transaction: all of them, or none when one is refused. Since engine API 1.3.
     */
    default void sendAll(List<Mail> mails) {
        mails.forEach(this::send);
    }
}

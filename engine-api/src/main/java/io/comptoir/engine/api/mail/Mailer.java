package io.comptoir.engine.api.mail;

/**
 * SPI: sends mail. The default writes every message to the database's mail outbox (and the log); when the application
 * gave a {@link MailTransport}, the engine's relay sends it from there, after the commit that wrote it, with retries.
 * A deployment may instead replace the mailer altogether by registering its own.
 */
public interface Mailer {
    void send(Mail mail);
}

package io.comptoir.engine.api.mail;

/**
 * SPI: sends mail. The default keeps every message in the database's mail outbox (and the log), where a relay job,
 * an admin page or a test can read it; a deployment plugs in SMTP or a mail API by registering its own.
 */
public interface Mailer {
    void send(Mail mail);
}

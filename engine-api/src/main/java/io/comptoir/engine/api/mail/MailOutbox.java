package io.comptoir.engine.api.mail;

import java.util.List;

/** What the default {@link Mailer} recorded: for the admin's outbox page, relays and tests. */
public interface MailOutbox {

    /** The latest messages to a recipient, newest first. */
    List<SentMail> sentTo(String recipient, int limit);

    /** The latest messages, newest first. */
    List<SentMail> latest(int limit);
}

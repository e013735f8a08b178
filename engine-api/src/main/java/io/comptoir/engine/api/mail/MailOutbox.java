package io.comptoir.engine.api.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's mail outbox, which the default {@link Mailer} writes to and the mail relay sends from: what was sent and
 * how its delivery stands, for the admin's outbox page, operations and tests. Provided by the engine, not a plugin SPI.
 */
public interface MailOutbox {

    /** The latest messages to a recipient, newest first. */
    List<SentMail> sentTo(String recipient, int limit);

    /** The latest messages, newest first. */
    List<SentMail> latest(int limit);

    /** The latest messages in that status, newest first. */
    List<SentMail> latest(MailStatus status, int limit);

    /** One message. */
    Optional<SentMail> message(long id);

    /** How many messages are in each status (every status present). */
    Map<MailStatus, Long> counts();

    /**
     * Puts a {@link MailStatus#FAILED failed} message back in line for a new series of attempts.
     *
     * @return false when there is no such message, it has not failed, or no transport sends mail
     */
    boolean retry(long id);

    /** How mail leaves: the transport's description, or empty when messages are only kept in the outbox. */
    Optional<String> transport();
}

package io.comptoir.engine.api.mail;

/**
 * SPI: hands one message of the outbox to the mail system, such as an SMTP server. The engine calls it from its mail
 * relay, which claims each waiting message for one node at a time, retries failures with an exponential back-off and
 * marks a message {@link MailStatus#FAILED} after its last attempt. An implementation only sends: it keeps no state of
 * its own and may be called from several threads.
 */
public interface MailTransport {

    /**
     * Sends the message now; returns once the mail system has accepted it.
     *
     * @throws MailDeliveryException when it was not accepted; {@link MailDeliveryException#permanent()} when trying again
     *                               cannot help (e.g. the server refuses the recipient for good)
     */
    void deliver(Mail mail) throws MailDeliveryException;

    /** What it sends through, for the start-up log and the health details, e.g. {@code SMTP smtp.example.org:587 (starttls)}; no secret. */
    default String description() {
        return getClass().getSimpleName();
    }
}

package io.comptoir.engine.api.mail;

/** Where a message of the outbox stands. */
public enum MailStatus {
    /** Recorded only: no {@link MailTransport} was configured when it was written, so it never leaves the machine. */
    KEPT,
    /** Waiting to be handed to the transport, for its first try or a retry after a failure. */
    PENDING,
    /** Accepted by the transport (e.g. the SMTP server answered 250). */
    SENT,
    /** Given up after the last attempt, or refused for good: the territory admin sees it and may send it again. */
    FAILED
}

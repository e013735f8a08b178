package io.comptoir.engine.api.mail;

/** A message the {@link MailTransport} could not hand over. */
public final class MailDeliveryException extends Exception {
    private final boolean permanent;

    /** @param permanent true when another attempt cannot succeed, so that the message is marked failed at once */
    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}

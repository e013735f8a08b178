package io.comptoir.engine.api.mail;

/**
 * A mail the {@link Mailer} will never send as it is: its recipient is not an address the mailer writes to, its subject
 * is not one line. Sending it again would be refused again: whoever sends it skips it (and says so) rather than retry,
 * and the data it was made from is to be corrected. An {@link IllegalArgumentException}, what mailers threw before.
 * Since engine API 1.4.
 */
public class MailRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MailRefusedException(String message) {
        super(message);
    }
}

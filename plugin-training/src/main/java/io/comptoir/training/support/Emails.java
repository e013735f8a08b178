package io.comptoir.training.support;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.plugin.kit.EmailAddresses;

/**
 * E-mail addresses as the engine's accounts accept them ({@link EmailAddresses#accountAddress}), so that an address
 * accepted on a form is one an account can later be opened with, and one the mailer writes to.
 */
public final class Emails {
    private Emails() {
    }

    /** @return the normalised address */
    public static String require(String field, String email) {
        return EmailAddresses.accountAddress(email).orElseThrow(() -> InvalidInputException.invalid(field, "not an e-mail address"));
    }
}

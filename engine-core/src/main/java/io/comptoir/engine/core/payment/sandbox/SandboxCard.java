package io.comptoir.engine.core.payment.sandbox;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Siret;

import java.util.Optional;

/**
 * Test card numbers of the sandbox processor, in the manner of real processors' test cards. Any other number that
 * passes the Luhn check is approved.
 */
record SandboxCard(String number) {
    static final String APPROVED = "4242424242424242";
    static final String DECLINED = "4000000000000002";
    static final String INSUFFICIENT_FUNDS = "4000000000009995";
    static final String CAPTURE_DECLINED = "4000000000000341";

    static SandboxCard parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{12,19}") || !Siret.luhnValid(digits)) {
            throw new InvalidInputException("card", "invalid_card", "not a card number");
        }
        return new SandboxCard(digits);
    }

    String last4() {
        return number.substring(number.length() - 4);
    }

    /** Why the authorisation is refused, if it is. */
    Optional<String> authorisationDecline() {
        return switch (number) {
            case DECLINED -> Optional.of("carte refusée");
            case INSUFFICIENT_FUNDS -> Optional.of("fonds insuffisants");
            default -> Optional.empty();
        };
    }

    boolean refusesCapture() {
        return number.equals(CAPTURE_DECLINED);
    }
}

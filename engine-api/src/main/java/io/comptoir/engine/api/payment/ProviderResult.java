package io.comptoir.engine.api.payment;

import static java.util.Objects.requireNonNull;

/**
 * A provider's answer to an operation.
 *
 * @param providerReference the provider's id of the payment (set on authorisation; echoed after)
 * @param message for people and the audit trail, e.g. "carte refusée: fonds insuffisants"; never secret
 */
public record ProviderResult(Outcome outcome, String providerReference, String message) {
    public enum Outcome {
        /** Done. */
        APPROVED,
        /** Accepted for processing; a webhook will say how it ended. */
        PENDING,
        /** Refused; nothing happened. */
        DECLINED
    }

    public ProviderResult {
        requireNonNull(outcome, "outcome is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(message, "message is null");
    }

    public static ProviderResult approved(String reference) {
        return new ProviderResult(Outcome.APPROVED, reference, "");
    }

    public static ProviderResult pending(String reference) {
        return new ProviderResult(Outcome.PENDING, reference, "");
    }

    public static ProviderResult declined(String reference, String message) {
        return new ProviderResult(Outcome.DECLINED, reference, message);
    }
}

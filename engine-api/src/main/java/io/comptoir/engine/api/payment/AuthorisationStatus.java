package io.comptoir.engine.api.payment;

import static java.util.Objects.requireNonNull;

/**
 * Where an authorisation stands at its provider, as {@link PaymentProvider#authorisationStatus} answers.
 *
 * @param providerReference the provider's id for it (empty when there is none: {@link State#NOT_FOUND}, {@link State#UNKNOWN})
 * @param message for people and the audit trail, e.g. the reason of a refusal; never secret
 */
public record AuthorisationStatus(State state, String providerReference, String message) {
    public enum State {
        /** The provider cannot tell (it keeps no record it could look up): the engine waits for a webhook or its payment timeout. */
        UNKNOWN,
        /** The provider never received an authorisation with this key: nothing is held. */
        NOT_FOUND,
        /** Received and not decided yet: a webhook will tell. */
        PENDING,
        /** Authorised, and the money (part of it, if some was captured or released) is still held. */
        AUTHORISED,
        /** Refused: nothing was held. */
        DECLINED,
        /** Authorised once, and nothing is held any more: released, or captured in full. */
        CLOSED
    }

    public AuthorisationStatus {
        requireNonNull(state, "state is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(message, "message is null");
    }

    public static AuthorisationStatus unknown() {
        return new AuthorisationStatus(State.UNKNOWN, "", "");
    }

    public static AuthorisationStatus notFound() {
        return new AuthorisationStatus(State.NOT_FOUND, "", "");
    }

    public static AuthorisationStatus of(State state, String providerReference) {
        return new AuthorisationStatus(state, providerReference, "");
    }
}

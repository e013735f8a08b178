package io.comptoir.stripe.gateway;

import static java.util.Objects.requireNonNull;

/**
 * Stripe answered with an error, or could not be reached. {@link #refused()} tells the two apart: a refusal (400, 402,
 * 404) is Stripe's definitive answer to that request; anything else (no answer, 409 while the same key is in flight,
 * 429, 5xx, a key Stripe does not accept) says nothing about the money and may be tried again with the same key.
 */
public final class StripeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean refused;
    private final String code;

    public StripeFailure(boolean refused, String code, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.refused = refused;
        this.code = requireNonNull(code, "code is null");
    }

    /** Whether Stripe refused the request for good (as opposed to: unknown, try again). */
    public boolean refused() {
        return refused;
    }

    /** Stripe's error code ({@code card_declined}, {@code payment_intent_unexpected_state}…), or {@code api_unavailable}. */
    public String code() {
        return code;
    }
}

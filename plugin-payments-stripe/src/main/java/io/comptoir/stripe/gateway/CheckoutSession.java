package io.comptoir.stripe.gateway;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A Stripe Checkout Session as the plugin needs it.
 *
 * @param status {@code open}, {@code complete} or {@code expired}
 * @param intent its PaymentIntent, once the shopper has submitted the page (Stripe creates it then)
 */
public record CheckoutSession(String id, String url, String status, Optional<Intent> intent) {
    public CheckoutSession {
        requireNonNull(id, "id is null");
        requireNonNull(url, "url is null");
        requireNonNull(status, "status is null");
        requireNonNull(intent, "intent is null");
    }
}

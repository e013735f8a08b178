package io.comptoir.engine.api.payment;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a verified webhook says: the outcome of an authorisation that was {@link ProviderResult.Outcome#PENDING}.
 *
 * @param eventId the provider's id of the notification; the engine applies each one once, however often it arrives
 * @param payment the engine's payment it is about, when the provider sends back the {@link Authorisation#payment()} it was
 *                given (as Stripe's metadata does). With it the engine applies a notification that comes before the
 *                checkout has recorded the provider's reference; without it such a notification is refused, and applied
 *                when the provider sends it again.
 */
public record WebhookNotification(String eventId, String providerReference, ProviderResult.Outcome outcome, String message,
                                  Optional<PaymentId> payment) {
    public WebhookNotification {
        requireNonNull(eventId, "eventId is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(message, "message is null");
        requireNonNull(payment, "payment is null");
        if (outcome == ProviderResult.Outcome.PENDING) {
            throw new IllegalArgumentException("a webhook settles a pending authorisation: approved or declined");
        }
    }

    /** A notification found by the provider's reference alone. */
    public WebhookNotification(String eventId, String providerReference, ProviderResult.Outcome outcome, String message) {
        this(eventId, providerReference, outcome, message, Optional.empty());
    }

    /** The same notification, naming the engine's payment it is about. */
    public WebhookNotification about(PaymentId payment) {
        return new WebhookNotification(eventId, providerReference, outcome, message, Optional.of(requireNonNull(payment, "payment is null")));
    }
}

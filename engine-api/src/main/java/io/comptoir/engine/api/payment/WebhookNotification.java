package io.comptoir.engine.api.payment;

import static java.util.Objects.requireNonNull;

/**
 * What a verified webhook says: the outcome of an authorisation that was {@link ProviderResult.Outcome#PENDING}.
 *
 * @param eventId the provider's id of the notification; the engine applies each one once, however often it arrives
 */
public record WebhookNotification(String eventId, String providerReference, ProviderResult.Outcome outcome, String message) {
    public WebhookNotification {
        requireNonNull(eventId, "eventId is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(message, "message is null");
        if (outcome == ProviderResult.Outcome.PENDING) {
            throw new IllegalArgumentException("a webhook settles a pending authorisation: approved or declined");
        }
    }
}

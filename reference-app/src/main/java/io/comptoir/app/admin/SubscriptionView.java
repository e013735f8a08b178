package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/**
 * One subscription: where it stands, its parked events with replay and discard, the form that moves it in the feed,
 * and the way to forget it when no node serves it.
 *
 * @param shown the most parked events listed; {@code subscription.parked()} says how many there are
 * @param rewindUrl where the rewind form goes first: its confirmation page
 * @param forgetUrl the confirmation page of forgetting it
 */
public record SubscriptionView(BackOfficeFrame frame, DeliveriesView.Subscription subscription, List<Parked> parked, int shown,
                               String rewindUrl, String forgetUrl, String rewindTarget, String rewindEvent) {
    public SubscriptionView {
        parked = List.copyOf(parked);
    }

    /**
     * A parked event.
     *
     * @param by who parked it: the engine after its last attempt, or the operator's account
     * @param replayRequested replay was asked and has not been tried yet
     * @param data the event's details, one {@code key = value} a line
     */
    public record Parked(long eventId, String type, String aggregate, String occurredAt, String occurredAtIso, int attempts,
                         String error, String parkedAt, String by, boolean replayRequested, String data, String replayUrl,
                         String discardUrl) {
    }
}

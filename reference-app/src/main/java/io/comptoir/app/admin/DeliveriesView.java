package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;
import java.util.Optional;

/** Every subscription to the event feed, with where it stands and what holds it back. */
public record DeliveriesView(BackOfficeFrame frame, List<Subscription> subscriptions) {
    public DeliveriesView {
        subscriptions = List.copyOf(subscriptions);
    }

    /**
     * One subscription as the operator reads it.
     *
     * @param position the last event it handled, or a dash before the first
     * @param behind how many events of the feed follow it
     * @param served whether this node runs its listener
     * @param lastServed when and by which node it was last registered or worked on
     * @param parked how many of its events are parked
     */
    public record Subscription(String name, String url, Badge state, boolean served, String lastServed, String position,
                               long behind, Optional<Failing> failing, long parked, Optional<String> leasedBy,
                               String retryUrl, String parkUrl) {
    }

    /** The event a subscription retries, and why. */
    public record Failing(long eventId, int attempts, String nextAttempt, String nextAttemptIso, String error) {
    }
}

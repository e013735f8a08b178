package io.comptoir.engine.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * Where one subscription stands, as {@link EventDeliveries} shows it to an operator.
 *
 * @param servedHere whether this node runs a listener for it
 * @param lastServedAt when a node last registered it or worked on it; a subscription no node has served for long
 *                     belongs to a plugin that was removed or renamed (it holds nothing back: {@link EventDeliveries#forget})
 * @param lastServedBy the node that did
 * @param lastEventId the last event it handled (delivered, skipped as not wanted, or parked); empty before the first
 * @param behind how many events of the feed follow it (of every type: the listener may want only some)
 * @param failingEventId the event it is retrying, when its last attempt failed
 * @param attempts failed attempts at that event
 * @param nextAttemptAt when it is tried again
 * @param lastError the message of the last failure
 * @param leasedBy the node delivering to it now, if any
 * @param parked how many of its events are parked
 */
public record SubscriptionState(String name, boolean servedHere, Instant lastServedAt, String lastServedBy,
                                OptionalLong lastEventId, long behind, OptionalLong failingEventId, int attempts,
                                Instant nextAttemptAt, Optional<String> lastError, Optional<String> leasedBy, long parked) {
    public SubscriptionState {
        requireNonNull(name, "name is null");
        requireNonNull(lastServedAt, "lastServedAt is null");
        requireNonNull(lastServedBy, "lastServedBy is null");
        requireNonNull(lastEventId, "lastEventId is null");
        requireNonNull(failingEventId, "failingEventId is null");
        requireNonNull(nextAttemptAt, "nextAttemptAt is null");
        requireNonNull(lastError, "lastError is null");
        requireNonNull(leasedBy, "leasedBy is null");
    }

    /** Whether it is retrying an event that failed. */
    public boolean isFailing() {
        return failingEventId.isPresent();
    }
}

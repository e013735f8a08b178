package io.comptoir.engine.api.event;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * Where a subscription starts reading the event feed the first time any node registers it, and where an operator
 * rewinds one ({@link EventDeliveries#rewind}). Once a subscription exists in the database, registering it again
 * (every start of every node) keeps its place: the start applies only to a subscription the database does not know.
 */
public sealed interface SubscriptionStart {

    /** Events committed from now on (the default): a new subscription does not receive the past. */
    static SubscriptionStart fromNow() {
        return new FromNow();
    }

    /** Every event the database holds, oldest first: for a plugin that builds its tables from the history. */
    static SubscriptionStart fromBeginning() {
        return new FromBeginning();
    }

    /** The events that follow this one in the feed. */
    static SubscriptionStart afterEvent(long eventId) {
        return new AfterEvent(eventId);
    }

    /** The events that occurred at or after this instant. */
    static SubscriptionStart since(Instant instant) {
        return new Since(instant);
    }

    record FromNow() implements SubscriptionStart {
    }

    record FromBeginning() implements SubscriptionStart {
    }

    record AfterEvent(long eventId) implements SubscriptionStart {
        public AfterEvent {
            if (eventId < 1) {
                throw new IllegalArgumentException("event ids start at 1: " + eventId);
            }
        }
    }

    record Since(Instant instant) implements SubscriptionStart {
        public Since {
            requireNonNull(instant, "instant is null");
        }
    }
}

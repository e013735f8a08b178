package io.comptoir.app.admin;

import io.comptoir.engine.api.event.ParkedEvent;
import io.comptoir.engine.api.event.SubscriptionState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The documents of {@code /api/v1/admin/event-deliveries}. */
public final class EventDeliveryJson {

    private EventDeliveryJson() {
    }

    /**
     * Where a subscription stands.
     *
     * @param lastEventId the last event it handled; null before the first
     * @param failing the event it retries; null when its last delivery succeeded
     * @param leasedBy the node delivering to it now; null when none
     */
    public record Subscription(String name, boolean servedHere, Instant lastServedAt, String lastServedBy, Long lastEventId,
                               long behind, Failing failing, String leasedBy, long parked) {
        static Subscription of(SubscriptionState state) {
            return new Subscription(state.name(), state.servedHere(), state.lastServedAt(), state.lastServedBy(),
                    state.lastEventId().isPresent() ? state.lastEventId().getAsLong() : null, state.behind(),
                    state.isFailing() ? new Failing(state.failingEventId().getAsLong(), state.attempts(), state.nextAttemptAt(),
                            state.lastError().orElse(null)) : null,
                    state.leasedBy().orElse(null), state.parked());
        }
    }

    /** @param lastError null when the failure left no message */
    public record Failing(long eventId, int attempts, Instant nextAttemptAt, String lastError) {
    }

    public record SubscriptionList(List<Subscription> items) {
    }

    /** An event a subscription parked, with the event itself. */
    public record Parked(Event event, int attempts, String lastError, Instant parkedAt, String parkedBy, boolean replayRequested) {
        static Parked of(ParkedEvent parked) {
            var event = parked.event();
            return new Parked(new Event(event.id(), event.type(), event.aggregateType(), event.aggregateId(), event.data(),
                    event.actor().toString(), event.occurredAt()), parked.attempts(), parked.lastError().orElse(null), parked.parkedAt(),
                    parked.parkedBy(), parked.replayRequested());
        }
    }

    public record Event(long id, String type, String aggregateType, String aggregateId, Map<String, String> data, String actor,
                        Instant occurredAt) {
    }

    /** @param total how many it parked; {@code items} holds the oldest {@code limit} */
    public record ParkedList(String subscription, List<Parked> items, long total) {
    }
}

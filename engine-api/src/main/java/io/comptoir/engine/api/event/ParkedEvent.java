package io.comptoir.engine.api.event;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An event a subscription set aside: after its last attempt failed ({@code parkedBy} is then {@code engine}), or
 * because an operator parked it. The subscription went on with the events that follow; a parked event is delivered
 * again only when an operator asks ({@link EventDeliveries#replayParked}).
 *
 * @param replayRequested an operator asked for it to be delivered again, and it has not been tried yet
 */
public record ParkedEvent(String subscription, DomainEvent event, int attempts, Optional<String> lastError,
                          Instant parkedAt, String parkedBy, boolean replayRequested) {
    public ParkedEvent {
        requireNonNull(subscription, "subscription is null");
        requireNonNull(event, "event is null");
        requireNonNull(lastError, "lastError is null");
        requireNonNull(parkedAt, "parkedAt is null");
        requireNonNull(parkedBy, "parkedBy is null");
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.DomainEvent;

import java.time.Instant;

/** A row of {@code domain_event}. */
public record EventRow(long id, String type, String aggregateType, String aggregateId, String data, String actor, Instant occurredAt) {
    public java.util.Map<String, String> dataValues() {
        return EventData.read(data);
    }

    public DomainEvent toEvent() {
        return new DomainEvent(id, type, aggregateType, aggregateId, EventData.read(data), Actor.parse(actor), occurredAt);
    }
}

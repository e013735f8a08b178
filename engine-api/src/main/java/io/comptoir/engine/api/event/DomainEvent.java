package io.comptoir.engine.api.event;

import io.comptoir.engine.api.Actor;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Something that happened in the marketplace and was committed: a product changed, an order moved, a voucher
 * was sold. Events are written in the same transaction as the change they describe (a transactional outbox), so a
 * listener never misses one and never sees one that was rolled back. What each type carries is in the catalogue
 * ({@link EventType}; the engine's own in {@link EngineEvents}).
 *
 * @param id unique within one database, given when the event is written; listeners use it to ignore redeliveries
 * @param data flat key/value details, as text; read them with the typed getters
 */
public record DomainEvent(long id, String type, String aggregateType, String aggregateId, Map<String, String> data,
                          Actor actor, Instant occurredAt) {
    public DomainEvent {
        requireNonNull(type, "type is null");
        requireNonNull(aggregateType, "aggregateType is null");
        requireNonNull(aggregateId, "aggregateId is null");
        data = Map.copyOf(requireNonNull(data, "data is null"));
        requireNonNull(actor, "actor is null");
        requireNonNull(occurredAt, "occurredAt is null");
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(data.get(key));
    }
}

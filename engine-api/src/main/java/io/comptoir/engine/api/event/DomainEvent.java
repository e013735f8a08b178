package io.comptoir.engine.api.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.money.Money;

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

    /**
     * A value the event must carry.
     *
     * @throws IllegalStateException when it does not
     */
    public String text(String key) {
        return get(key).orElseThrow(() -> new IllegalStateException("event " + id + " (" + type + ") has no " + key));
    }

    /** A value of type {@link FieldType#ID} or {@link FieldType#INTEGER}. */
    public long longValue(String key) {
        String value = text(key);
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalStateException("event " + id + " (" + type + "): " + key + " is not a whole number: " + value, e);
        }
    }

    /** A value of type {@link FieldType#BOOLEAN}. */
    public boolean booleanValue(String key) {
        return Boolean.parseBoolean(text(key));
    }

    /** An amount of type {@link FieldType#MONEY}, in the event's {@value EventType#CURRENCY}. */
    public Money money(String key) {
        return Money.of(longValue(key), text(EventType.CURRENCY));
    }
}

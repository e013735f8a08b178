package io.comptoir.engine.api.event;

import io.comptoir.engine.api.Actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * An entry of the event catalogue: a type of domain event, what it is about, when it is published and what its data
 * holds. The engine's are in {@link EngineEvents}; a plugin declares its own with
 * {@link io.comptoir.engine.api.plugin.EnginePlugin#publishedEvents()} and publishes them with {@link #event}, which
 * checks the data against the declaration. Every declared type is listed by the {@link EventCatalogue} service.
 *
 * <pre>{@code
 * public static final EventType POINTS_EARNED = EventType.of("loyalty.points_earned", "loyalty_card",
 *         "points were credited to a shopper's card for a collected order",
 *         EventField.required("shopperId", FieldType.ID, "the shopper (account id)"),
 *         EventField.required("points", FieldType.INTEGER, "points credited"));
 * }</pre>
 *
 * @param name dotted lower case, e.g. {@code merchant_order.collected}; its first word names the area (a plugin uses
 *             its own, e.g. {@code voucher.}, {@code training.})
 * @param aggregateType what {@link DomainEvent#aggregateType()} is, e.g. {@code merchant_order}
 * @param publishedWhen the moment it records, in a sentence
 * @param fields the keys of {@link DomainEvent#data()}; an amount of money ({@link FieldType#MONEY}) comes with a
 *               {@code currency} field
 */
public record EventType(String name, String aggregateType, String publishedWhen, List<EventField> fields) {
    /** The key of the currency of an event's amounts. */
    public static final String CURRENCY = "currency";

    public EventType {
        requireNonNull(name, "name is null");
        requireNonNull(aggregateType, "aggregateType is null");
        requireNonNull(publishedWhen, "publishedWhen is null");
        fields = List.copyOf(requireNonNull(fields, "fields is null"));
        if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+") || name.length() > 100) {
            throw new IllegalArgumentException("event type names are dotted lower case, up to 100 characters: " + name);
        }
        if (!aggregateType.matches("[a-z][a-z0-9_]{0,49}")) {
            throw new IllegalArgumentException("aggregate types are lower case: " + aggregateType);
        }
        Set<String> keys = new HashSet<>();
        for (EventField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException(name + " declares " + field.key() + " twice");
            }
        }
        boolean money = fields.stream().anyMatch(field -> field.type() == FieldType.MONEY);
        boolean currency = fields.stream().anyMatch(field -> field.key().equals(CURRENCY) && field.type() == FieldType.CURRENCY && field.required());
        if (money && !currency) {
            throw new IllegalArgumentException(name + " has amounts of money but no required currency field");
        }
    }

    public static EventType of(String name, String aggregateType, String publishedWhen, EventField... fields) {
        return new EventType(name, aggregateType, publishedWhen, List.of(fields));
    }

    public Optional<EventField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** Whether the event is of this type. */
    public boolean is(DomainEvent event) {
        return name.equals(event.type());
    }

    /** What is wrong with this data for this type: a required key missing, a key not declared, a value not of its type. */
    public List<String> problems(Map<String, String> data) {
        requireNonNull(data, "data is null");
        List<String> problems = new ArrayList<>();
        for (EventField field : fields) {
            String value = data.get(field.key());
            if (value == null) {
                if (field.required()) {
                    problems.add(field.key() + " is missing");
                }
            }
            else if (!field.type().accepts(value)) {
                problems.add(field.key() + " is not " + field.type().description() + ": " + value);
            }
        }
        for (String key : data.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(key + " is not declared");
            }
        }
        return problems;
    }

    /**
     * An event of this type, ready to {@linkplain EventPublisher#publish publish}.
     *
     * @throws IllegalArgumentException when the data does not match the declaration
     */
    public PendingEvent event(String aggregateId, Map<String, String> data, Actor actor) {
        List<String> problems = problems(data);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("event " + name + ": " + String.join("; ", problems));
        }
        return new PendingEvent(name, aggregateType, aggregateId, data, actor);
    }
}

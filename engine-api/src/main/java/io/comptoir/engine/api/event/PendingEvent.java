package io.comptoir.engine.api.event;

import io.comptoir.engine.api.Actor;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A domain event about to be published, before the engine gives it an id and a time.
 *
 * @param type dotted lower-case name, e.g. {@code product.updated}, {@code voucher.sold}
 * @param aggregateType the kind of thing it is about, e.g. {@code product}
 * @param aggregateId that thing's id
 * @param data flat key/value details; values are text so that events stay readable by any later version
 */
public record PendingEvent(String type, String aggregateType, String aggregateId, Map<String, String> data, Actor actor) {
    public PendingEvent {
        requireNonNull(type, "type is null");
        requireNonNull(aggregateType, "aggregateType is null");
        requireNonNull(aggregateId, "aggregateId is null");
        data = Map.copyOf(requireNonNull(data, "data is null"));
        requireNonNull(actor, "actor is null");
        if (!type.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+")) {
            throw new IllegalArgumentException("event type must be dotted lower case: " + type);
        }
    }
}

package io.comptoir.training.support;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.EventType;
import org.jdbi.v3.core.Handle;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Publishes the plugin's domain events ({@link io.comptoir.training.TrainingEvents}) in the caller's transaction, their
 * data checked against the declaration.
 */
public final class Events {
    private final EventPublisher publisher;

    public Events(EventPublisher publisher) {
        this.publisher = requireNonNull(publisher, "publisher is null");
    }

    public void publish(Handle transaction, EventType type, long aggregateId, Map<String, String> data, Actor actor) {
        publisher.publish(transaction.getConnection(), type.event(Long.toString(aggregateId), data, actor));
    }
}

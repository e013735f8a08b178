package io.comptoir.training.support;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.PendingEvent;
import org.jdbi.v3.core.Handle;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Publishes the plugin's domain events ({@code training.*}) in the caller's transaction. */
public final class Events {
    private final EventPublisher publisher;

    public Events(EventPublisher publisher) {
        this.publisher = requireNonNull(publisher, "publisher is null");
    }

    public void publish(Handle transaction, String type, String aggregateType, long aggregateId, Map<String, String> data, Actor actor) {
        publisher.publish(transaction.getConnection(), new PendingEvent(type, aggregateType, Long.toString(aggregateId), data, actor));
    }
}

package io.comptoir.engine.api.event;

/**
 * SPI: reacts to committed domain events. Delivery is at least once, after commit, by one node of the deployment,
 * roughly in publication order; a listener that throws gets the event again later with a growing delay. A listener
 * must therefore be idempotent (the {@link DomainEvent#id()} identifies a redelivery).
 */
public interface DomainEventListener {

    /** Whether this listener wants events of that type; the engine does not even queue the others. */
    default boolean accepts(String eventType) {
        return true;
    }

    void onEvent(DomainEvent event) throws Exception;
}

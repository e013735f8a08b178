package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEventListener;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/** The event listeners registered with the engine, by subscription name. */
public final class Subscriptions {
    private final Map<String, DomainEventListener> listeners = new ConcurrentHashMap<>();

    public void register(String subscription, DomainEventListener listener) {
        requireNonNull(subscription, "subscription is null");
        requireNonNull(listener, "listener is null");
        if (!subscription.matches("[a-z0-9][a-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException("subscription names are lower case, up to 100 characters: " + subscription);
        }
        if (listeners.putIfAbsent(subscription, listener) != null) {
            throw new IllegalStateException("subscription " + subscription + " is already registered");
        }
    }

    Optional<DomainEventListener> listener(String subscription) {
        return Optional.ofNullable(listeners.get(subscription));
    }

    /** The subscriptions that want events of this type. */
    List<String> interestedIn(String eventType) {
        return listeners.entrySet().stream()
                .filter(entry -> entry.getValue().accepts(eventType))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}

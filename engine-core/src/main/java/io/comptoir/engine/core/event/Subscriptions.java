package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.SubscriptionStart;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import static java.util.Objects.requireNonNull;

/** The event listeners this node runs, by subscription name, with where each starts the first time it is registered. */
public final class Subscriptions {
    /** One subscription this node serves. */
    record Registration(String name, DomainEventListener listener, SubscriptionStart start) {
    }

    private final Map<String, Registration> registrations = new ConcurrentSkipListMap<>();

    public void register(String subscription, DomainEventListener listener) {
        register(subscription, SubscriptionStart.fromNow(), listener);
    }

    public void register(String subscription, SubscriptionStart start, DomainEventListener listener) {
        requireNonNull(subscription, "subscription is null");
        requireNonNull(start, "start is null");
        requireNonNull(listener, "listener is null");
        if (!subscription.matches("[a-z0-9][a-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException("subscription names are lower case, up to 100 characters: " + subscription);
        }
        if (registrations.putIfAbsent(subscription, new Registration(subscription, listener, start)) != null) {
            throw new IllegalStateException("subscription " + subscription + " is already registered");
        }
    }

    Optional<Registration> registration(String subscription) {
        return Optional.ofNullable(registrations.get(subscription));
    }

    boolean serves(String subscription) {
        return registrations.containsKey(subscription);
    }

    /** In name order. */
    Collection<Registration> all() {
        return List.copyOf(registrations.values());
    }
}

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
    /**
     * One subscription this node serves.
     *
     * @param takesBatches whether its listener overrides {@link DomainEventListener#onEvents}: the events of a batch are
     *                     then handed to it together, else one at a time (and its delivery stops between two events when
     *                     this node loses the subscription's lease)
     */
    record Registration(String name, DomainEventListener listener, SubscriptionStart start, boolean takesBatches) {
        Registration(String name, DomainEventListener listener, SubscriptionStart start) {
            this(name, listener, start, takesBatches(listener));
        }

        private static boolean takesBatches(DomainEventListener listener) {
            try {
                return listener.getClass().getMethod("onEvents", List.class).getDeclaringClass() != DomainEventListener.class;
            }
            catch (NoSuchMethodException e) {
                return false;
            }
        }
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

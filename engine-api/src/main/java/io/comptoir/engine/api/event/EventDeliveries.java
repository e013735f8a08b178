package io.comptoir.engine.api.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * The operator's view of event delivery: every subscription the database knows, where it stands, what it is retrying,
 * and what it parked; and the few moves that unstick one. Found as an engine service
 * ({@code engine.service(EventDeliveries.class)}, or {@link io.comptoir.engine.api.plugin.PluginContext#service}).
 *
 * <p>Each action takes effect at the subscription's next delivery round (within a second with background work on; at
 * the next {@code deliverPendingEvents()} in tests), on whichever node serves it. Actions are logged with their actor.
 */
public interface EventDeliveries {

    /** Every subscription, by name. */
    List<SubscriptionState> subscriptions();

    Optional<SubscriptionState> subscription(String name);

    /**
     * The events a subscription parked, oldest first.
     *
     * @throws NotFoundException when no such subscription exists
     */
    List<ParkedEvent> parked(String subscription, int limit);

    /**
     * Tries the subscription's failing event now instead of at the end of its back-off (once the cause is fixed).
     *
     * @throws NotFoundException when no such subscription exists
     */
    void retryNow(String subscription, Actor actor);

    /**
     * Sets the subscription's failing event aside as parked, so that it goes on with the next ones.
     *
     * @throws ConflictException {@code not_failing} when it is not retrying any event
     */
    void parkFailing(String subscription, Actor actor);

    /**
     * Delivers a parked event again, before the subscription's next events; it leaves the parked list when its listener
     * accepts it, and stays there with the new error otherwise.
     *
     * @throws NotFoundException when that event is not parked for that subscription
     */
    void replayParked(String subscription, long eventId, Actor actor);

    /**
     * Drops a parked event for good: the subscription will never receive it.
     *
     * @throws NotFoundException when that event is not parked for that subscription
     */
    void discardParked(String subscription, long eventId, Actor actor);

    /**
     * Moves the subscription to another place in the feed: back, to receive events again (its listener must be
     * idempotent), or forward, to skip them. Its failing event, if any, is forgotten.
     *
     * @throws NotFoundException when no such subscription, or no such event for {@link SubscriptionStart#afterEvent}
     */
    void rewind(String subscription, SubscriptionStart to, Actor actor);

    /**
     * Deletes a subscription no node serves any more (a plugin removed, a subscription renamed), with its parked events.
     * Should a node register it again, it starts afresh.
     *
     * @throws ConflictException {@code subscription_in_use} when this node serves it
     */
    void forget(String subscription, Actor actor);
}

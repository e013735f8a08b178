package io.comptoir.engine.api.event;

import java.util.List;

/**
 * SPI: reacts to committed domain events, registered under a subscription name with
 * {@link io.comptoir.engine.api.plugin.PluginContext#registerEventListener}. The guarantees:
 * <ul>
 *   <li><b>After commit, at least once.</b> A listener never sees an event that was rolled back, and gets every
 *       committed one, whichever node published it. It may get one twice (a node stopped mid-delivery, an operator
 *       rewound the subscription): make it idempotent, e.g. with a unique constraint on {@link DomainEvent#id()}.</li>
 *   <li><b>In order, one at a time.</b> A subscription receives events in feed order (the order their transactions
 *       became visible: an event always comes after the events committed before its transaction began) and the next one
 *       only when {@link #onEvent} returned for the previous one. The events read together (up to 200) may come as one
 *       batch ({@link #onEvents}), which a listener can take at once: one read of every order a batch names, one write of
 *       every mail it sends.</li>
 *   <li><b>One node at a time, under a lease.</b> The node delivering to a subscription holds its lease in the database
 *       ({@code events.lease}, 60 s) and renews it every third of that while the listener runs, however long it runs. Only
 *       a node that stops renewing (crash, long pause) lets another node take over and deliver the same event again.</li>
 *   <li><b>Off the critical path, isolated.</b> Listeners run in the engine's delivery threads ({@code events.threads}),
 *       never in the publisher's transaction or request: a slow or failing listener holds back only its own
 *       subscription.</li>
 *   <li><b>Retries with back-off, then parking.</b> When {@link #onEvent} throws, the subscription stops at that event
 *       and tries it again after 1 s, 2 s, 4 s… (at most an hour apart). After {@code events.max-attempts} failures (12,
 *       about 34 minutes) the event is parked (a dead letter) and the subscription goes on; an operator sees parked
 *       events and replays them with {@link EventDeliveries}.</li>
 * </ul>
 * A listener that must take part in the decision itself (refuse, or write in the same transaction) is not a listener:
 * see {@link io.comptoir.engine.api.order.CheckoutHook} and {@link io.comptoir.engine.api.plugin.PluginContext#inTransaction}.
 */
public interface DomainEventListener {

    /**
     * Whether this listener wants events of that type; the others are passed over without calling {@link #onEvent}.
     * Must not depend on anything but the type.
     */
    default boolean accepts(String eventType) {
        return true;
    }

    void onEvent(DomainEvent event) throws Exception;

    /**
     * Receives consecutive events this listener accepts, in feed order: when a listener overrides this method, the engine
     * calls it with the events its delivery read together, and calls {@link #onEvent} when it delivers one alone (a
     * replay, a batch delivered again one event at a time); a listener that does not override it gets every event through
     * {@link #onEvent}. The default hands the events to {@link #onEvent} one at a time, and when one fails throws
     * {@link EventBatchException} naming it, so that the events before it count as delivered and only it is retried.
     *
     * <p>Override it to do per batch what {@link #onEvent} does per event. It must do what {@link #onEvent} would do for
     * each event, in order. When it throws {@link EventBatchException}, the events before the one it names count as
     * delivered; when it throws anything else, the engine does not know which event failed and delivers the batch again
     * with {@link #onEvent}, one event at a time, which finds it: an override that wrote part of a batch before failing
     * sees those events twice (the at-least-once rule above; one transaction per batch avoids it).
     * Since engine API 1.3.
     */
    default void onEvents(List<DomainEvent> events) throws Exception {
        for (int i = 0; i < events.size(); i++) {
            try {
                onEvent(events.get(i));
            }
            catch (Exception e) {
                throw new EventBatchException(i, e);
            }
        }
    }
}

package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import org.jdbi.v3.core.Handle;

import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** The domain events of orders, and the history rows that go with merchant order moves. */
final class OrderEvents {
    /** The aggregate type of a customer order's events. */
    static final String CUSTOMER_ORDER = "customer_order";
    private final OutboxEventPublisher events;

    OrderEvents(OutboxEventPublisher events) {
        this.events = requireNonNull(events, "events is null");
    }

    void customerOrder(Handle handle, String what, CustomerOrderRow order, Map<String, String> extra, Actor actor) {
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put("number", order.number());
        data.put("shopperId", Long.toString(order.shopperId()));
        data.put("total", Long.toString(order.total()));
        events.publish(handle, new PendingEvent(CUSTOMER_ORDER + "." + what, CUSTOMER_ORDER, Long.toString(order.id()), data, actor));
    }

    /** Records the move in the order's history and publishes {@code merchant_order.<event>}. */
    void merchantOrderMoved(Handle handle, MerchantOrderRow order, String from, String to, String action, String note,
                            String event, Map<String, String> extra, Actor actor, java.time.Instant at) {
        Daos.of(handle, OrderDao.class).insertHistory(order.id(), from, to, action, actor.toString(), note, at);
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put("merchantId", Long.toString(order.merchantId()));
        data.put("customerOrderId", Long.toString(order.customerOrderId()));
        data.put("number", order.number());
        data.put("from", from);
        data.put("to", to);
        data.put("total", Long.toString(order.total()));
        events.publish(handle, new PendingEvent("merchant_order." + event.toLowerCase(Locale.ROOT), "merchant_order",
                Long.toString(order.id()), data, actor));
    }
}

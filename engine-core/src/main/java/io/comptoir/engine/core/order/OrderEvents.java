package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.EngineEvents.CustomerOrders;
import io.comptoir.engine.api.event.EngineEvents.MerchantOrders;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import org.jdbi.v3.core.Handle;

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

    void customerOrder(Handle handle, EventType type, CustomerOrderRow order, Map<String, String> extra, Actor actor) {
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put(CustomerOrders.NUMBER, order.number());
        data.put(CustomerOrders.SHOPPER_ID, Long.toString(order.shopperId()));
        data.put(CustomerOrders.TOTAL, Long.toString(order.total()));
        data.put(EventType.CURRENCY, order.currency());
        events.publish(handle, type.event(Long.toString(order.id()), data, actor));
    }

    /** Records the move in the order's history and publishes {@code merchant_order.<event>}. */
    void merchantOrderMoved(Handle handle, MerchantOrderRow order, String from, String to, String action, String note,
                            String event, Map<String, String> extra, Actor actor, java.time.Instant at) {
        Daos.of(handle, OrderDao.class).insertHistory(order.id(), from, to, action, actor.toString(), note, at);
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put(MerchantOrders.MERCHANT_ID, Long.toString(order.merchantId()));
        data.put(MerchantOrders.SHOPPER_ID, Long.toString(order.shopperId()));
        data.put(MerchantOrders.CUSTOMER_ORDER_ID, Long.toString(order.customerOrderId()));
        data.put(MerchantOrders.NUMBER, order.number());
        data.put(MerchantOrders.FROM, from);
        data.put(MerchantOrders.TO, to);
        data.put(MerchantOrders.TOTAL, Long.toString(order.total()));
        data.put(EventType.CURRENCY, order.currency());
        EventType type = MerchantOrders.of(event).orElseThrow(() -> new IllegalArgumentException("no event for the move " + event));
        events.publish(handle, type.event(Long.toString(order.id()), data, actor));
    }
}

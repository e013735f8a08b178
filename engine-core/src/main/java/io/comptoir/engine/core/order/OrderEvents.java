package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.EngineEvents.CustomerOrders;
import io.comptoir.engine.api.event.EngineEvents.MerchantOrders;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        events.publish(handle, customerOrderEvent(type, order, extra, actor));
    }

    PendingEvent customerOrderEvent(EventType type, CustomerOrderRow order, Map<String, String> extra, Actor actor) {
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put(CustomerOrders.NUMBER, order.number());
        data.put(CustomerOrders.SHOPPER_ID, Long.toString(order.shopperId()));
        data.put(CustomerOrders.TOTAL, Long.toString(order.total()));
        data.put(EventType.CURRENCY, order.currency());
        return type.event(Long.toString(order.id()), data, actor);
    }

    /** Records the move in the order's history and publishes {@code merchant_order.<event>}. */
    void merchantOrderMoved(Handle handle, MerchantOrderRow order, String from, String to, String action, String note,
                            String event, Map<String, String> extra, Actor actor, Instant at) {
        merchantOrdersMoved(handle, List.of(order), from, to, action, note, event, extra, actor, at, Optional.empty());
    }

    /**
     * Records the same move of several merchant orders in their history and publishes their {@code merchant_order.<event>},
     * then {@code then} if given (their customer order's event): one round trip for the history, one for the events.
     */
    void merchantOrdersMoved(Handle handle, List<MerchantOrderRow> orders, String from, String to, String action, String note,
                             String event, Map<String, String> extra, Actor actor, Instant at, Optional<PendingEvent> then) {
        if (!orders.isEmpty()) {
            Daos.of(handle, OrderDao.class).insertHistories(orders.stream().map(MerchantOrderRow::id).toList(), from, to, action,
                    actor.toString(), note, at);
        }
        EventType type = MerchantOrders.of(event).orElseThrow(() -> new IllegalArgumentException("no event for the move " + event));
        List<PendingEvent> published = new ArrayList<>(orders.size() + 1);
        for (MerchantOrderRow order : orders) {
            Map<String, String> data = new java.util.HashMap<>(extra);
            data.put(MerchantOrders.MERCHANT_ID, Long.toString(order.merchantId()));
            data.put(MerchantOrders.SHOPPER_ID, Long.toString(order.shopperId()));
            data.put(MerchantOrders.CUSTOMER_ORDER_ID, Long.toString(order.customerOrderId()));
            data.put(MerchantOrders.NUMBER, order.number());
            data.put(MerchantOrders.FROM, from);
            data.put(MerchantOrders.TO, to);
            data.put(MerchantOrders.TOTAL, Long.toString(order.total()));
            data.put(EventType.CURRENCY, order.currency());
            published.add(type.event(Long.toString(order.id()), data, actor));
        }
        then.ifPresent(published::add);
        events.publishAll(handle, published);
    }
}

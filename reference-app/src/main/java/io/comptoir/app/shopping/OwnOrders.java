package io.comptoir.app.shopping;

import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.Orders;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The signed-in shopper's own orders, for pages and API alike. Another shopper's order is "not found", exactly like an
 * order that does not exist, so that ids cannot be probed.
 */
public final class OwnOrders {
    private final Orders orders;

    public OwnOrders(Orders orders) {
        this.orders = requireNonNull(orders, "orders is null");
    }

    public CustomerOrder require(Context ctx, long id) {
        CustomerOrder order = orders.customerOrder(new CustomerOrderId(id))
                .filter(found -> found.shopper().equals(Viewer.of(ctx).requireAccount().id()))
                .orElseThrow(() -> NotFoundException.of("order", id));
        return order;
    }

    /** Cancels the shopper's own order, every shop's part of it or none (none when a shop has taken its part on). */
    public CustomerOrder cancelWhole(Context ctx, long orderId) {
        CustomerOrder order = require(ctx, orderId);
        return orders.cancel(order.id(), "", Viewer.of(ctx).actor(), true);
    }

    /** Cancels a shop's part of the shopper's own order, before the shop accepts it. */
    public MerchantOrder cancel(Context ctx, long orderId, long merchantOrderId) {
        CustomerOrder order = require(ctx, orderId);
        Optional<MerchantOrder> part = order.merchantOrders().stream().filter(mo -> mo.id().value() == merchantOrderId).findFirst();
        if (part.isEmpty()) {
            throw NotFoundException.of("merchant_order", merchantOrderId);
        }
        return orders.act(new MerchantOrderId(merchantOrderId), OrderAction.CANCEL, Optional.empty(), "", Viewer.of(ctx).actor(), true);
    }
}

package io.comptoir.app.shopping;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.PreferWait;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/orders}: the signed-in shopper's own orders, and cancelling a shop's part before it is accepted. */
public final class OrdersApi {
    private static final int MAX_SIZE = 50;

    private final Marketplace marketplace;
    private final OwnOrders own;
    private final Links links;

    public OrdersApi(Marketplace marketplace, OwnOrders own, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.own = requireNonNull(own, "own is null");
        this.links = requireNonNull(links, "links is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/orders", this::list, AccessRole.SHOPPER);
        routes.get("/api/v1/orders/{id}", this::order, AccessRole.SHOPPER);
        routes.post("/api/v1/orders/{id}/merchant-orders/{merchantOrderId}/cancel", this::cancel, AccessRole.SHOPPER);
        routes.post("/api/v1/orders/{id}/cancel", this::cancelWhole, AccessRole.SHOPPER);
    }

    private void list(Context ctx) {
        QueryParams query = new QueryParams(ctx);
        int page = query.integer("page", 0, 0, 10_000);
        int size = query.integer("size", 20, 1, MAX_SIZE);
        List<CustomerOrder> found = marketplace.orders().customerOrdersOf(Viewer.of(ctx).requireAccount().id(), page * size, size + 1);
        ctx.header("Cache-Control", "private, no-store");
        ctx.json(new OrderJson.OrderPage(found.stream().limit(size).map(this::json).toList(), page, size, found.size() > size));
    }

    /** With {@code Prefer: wait=N}, an order whose payment is pending is answered once it settles (or after N seconds). */
    private void order(Context ctx) {
        Optional<Duration> wait = PreferWait.of(ctx);
        CustomerOrder order = own.require(ctx, PathParams.positiveId(ctx, "id"));
        ctx.header("Cache-Control", "private, no-store");
        if (wait.isEmpty() || order.status() != CustomerOrderStatus.PENDING_PAYMENT) {
            ctx.json(json(order));
            return;
        }
        PreferWait.applied(ctx, wait.get());
        ctx.future(() -> marketplace.orders().whenPaymentSettled(order.id(), wait.get()).toCompletableFuture()
                .thenAccept(settled -> ctx.json(json(settled.orElse(order)))));
    }

    private void cancel(Context ctx) {
        long id = PathParams.positiveId(ctx, "id");
        own.cancel(ctx, id, PathParams.positiveId(ctx, "merchantOrderId"));
        ctx.json(json(own.require(ctx, id)));
    }

    private void cancelWhole(Context ctx) {
        ctx.json(json(own.cancelWhole(ctx, PathParams.positiveId(ctx, "id"))));
    }

    OrderJson json(CustomerOrder order) {
        return OrderJson.of(order, marketplace.orders(), marketplace.merchants(), marketplace.payments(), links);
    }
}

package io.comptoir.app.shopping;

import io.comptoir.engine.api.order.CustomerOrderId;

/** The address of an order's page, where checkout leads. */
public final class OrderPath {

    private OrderPath() {
    }

    public static String of(CustomerOrderId id) {
        return "/commandes/" + id.value();
    }
}

package io.comptoir.engine.api.order;

import static java.util.Objects.requireNonNull;

/**
 * The order a checkout made.
 *
 * @param replayed true when the idempotency key had been used before: this is the order of that first call
 */
public record CheckoutResult(CustomerOrder order, boolean replayed) {
    public CheckoutResult {
        requireNonNull(order, "order is null");
    }
}

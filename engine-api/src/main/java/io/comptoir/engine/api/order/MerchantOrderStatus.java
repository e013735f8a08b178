package io.comptoir.engine.api.order;

/**
 * Where one shop's part of an order stands.
 * <pre>
 * PENDING_PAYMENT ─▶ PLACED ─accept─▶ ACCEPTED ─ready─▶ READY_FOR_PICKUP ─collected─▶ COLLECTED
 *        │             │                 └─send out─▶ OUT_FOR_DELIVERY ─delivered─▶ DELIVERED
 *        │             └─cancel (shop or shopper)─▶ CANCELLED
 *        └─payment failed─▶ CANCELLED
 * ACCEPTED and after ─refund (in full or in part)─▶ REFUNDED
 * </pre>
 */
public enum MerchantOrderStatus {
    /** Waiting for an asynchronous payment to be confirmed; the shop does not see it yet. */
    PENDING_PAYMENT,
    PLACED,
    ACCEPTED,
    READY_FOR_PICKUP,
    OUT_FOR_DELIVERY,
    COLLECTED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    /** Whether the shop has taken the order on (money is captured from here). */
    public boolean isAccepted() {
        return switch (this) {
            case ACCEPTED, READY_FOR_PICKUP, OUT_FOR_DELIVERY, COLLECTED, DELIVERED, REFUNDED -> true;
            default -> false;
        };
    }

    /** Whether nothing more will happen to it but refunds. */
    public boolean isFinished() {
        return this == COLLECTED || this == DELIVERED || this == CANCELLED || this == REFUNDED;
    }
}

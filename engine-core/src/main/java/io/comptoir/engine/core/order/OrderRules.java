package io.comptoir.engine.core.order;

import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static io.comptoir.engine.api.order.MerchantOrderStatus.ACCEPTED;
import static io.comptoir.engine.api.order.MerchantOrderStatus.CANCELLED;
import static io.comptoir.engine.api.order.MerchantOrderStatus.COLLECTED;
import static io.comptoir.engine.api.order.MerchantOrderStatus.DELIVERED;
import static io.comptoir.engine.api.order.MerchantOrderStatus.OUT_FOR_DELIVERY;
import static io.comptoir.engine.api.order.MerchantOrderStatus.PLACED;
import static io.comptoir.engine.api.order.MerchantOrderStatus.READY_FOR_PICKUP;
import static io.comptoir.engine.api.order.MerchantOrderStatus.REFUNDED;

/** The merchant order state machine: which action leads where, from which status, for which fulfilment. */
final class OrderRules {
    private OrderRules() {
    }

    /** Where the action leads from this status, or empty when it is not allowed there. */
    static Optional<MerchantOrderStatus> target(MerchantOrderStatus from, OrderAction action, FulfilmentMethod method) {
        return Optional.ofNullable(switch (action) {
            case ACCEPT -> from == PLACED ? ACCEPTED : null;
            case CANCEL -> from == PLACED ? CANCELLED : null;
            case MARK_READY -> from == ACCEPTED && method == FulfilmentMethod.CLICK_AND_COLLECT ? READY_FOR_PICKUP : null;
            case MARK_COLLECTED -> from == READY_FOR_PICKUP ? COLLECTED : null;
            case SEND_OUT -> from == ACCEPTED && method == FulfilmentMethod.LOCAL_DELIVERY ? OUT_FOR_DELIVERY : null;
            case MARK_DELIVERED -> from == OUT_FOR_DELIVERY ? DELIVERED : null;
            case REFUND -> from.isAccepted() ? REFUNDED : null;
            case MARK_PAID -> from.isAccepted() && from != REFUNDED ? from : null;
            case PLACE -> null;
        });
    }

    /** Actions people may take from this status (before looking at money: see {@link OrderService#allowedActions}). */
    static Set<OrderAction> possible(MerchantOrderStatus from, FulfilmentMethod method) {
        Set<OrderAction> actions = EnumSet.noneOf(OrderAction.class);
        for (OrderAction action : OrderAction.values()) {
            if (target(from, action, method).isPresent()) {
                actions.add(action);
            }
        }
        return actions;
    }

    static boolean finishedExceptRefunds(MerchantOrderStatus status) {
        return status == COLLECTED || status == DELIVERED;
    }
}

package io.comptoir.app.merchant;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.Orders;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A shop moves one of its orders: the same rules for the pages and the API. Only what the engine allows now
 * ({@link Orders#allowedActions}) is done; anything else is a 409 {@code illegal_transition} that says what is
 * allowed instead.
 */
public final class OrderActions {
    public static final int MAX_NOTE = 500;

    private final Orders orders;

    public OrderActions(Orders orders) {
        this.orders = requireNonNull(orders, "orders is null");
    }

    /** The shop's order; 404 when it does not exist or belongs to another shop (which must not learn it exists). */
    public MerchantOrder orderOf(MerchantId shop, MerchantOrderId id) {
        return orders.merchantOrder(id).filter(order -> order.merchantId().equals(shop))
                .orElseThrow(() -> NotFoundException.of("merchant_order", id));
    }

    /** What the shop may do with the order now, in the order of the state machine. */
    public Set<OrderAction> allowed(MerchantOrder order, Actor actor) {
        return orders.allowedActions(order, actor, false);
    }

    public MerchantOrder act(MerchantOrder order, OrderAction action, Optional<Money> amount, String note, Actor actor) {
        requireNonNull(amount, "amount is null");
        requireNonNull(note, "note is null");
        if (note.length() > MAX_NOTE) {
            throw InvalidInputException.invalid("note", "a note has at most " + MAX_NOTE + " characters");
        }
        if (amount.isPresent() && action != OrderAction.REFUND) {
            throw InvalidInputException.invalid("amount", "only a refund takes an amount");
        }
        Set<OrderAction> allowed = allowed(order, actor);
        if (!allowed.contains(action)) {
            throw new ConflictException("illegal_transition", "cannot " + words(action) + " an order that is "
                    + order.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (allowed.isEmpty() ? "; nothing more can be done with it" : "; allowed now: " + allowed),
                    allowed.stream().map(Enum::name).toList());
        }
        return orders.act(order.id(), action, amount, note, actor, false);
    }

    private static String words(OrderAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

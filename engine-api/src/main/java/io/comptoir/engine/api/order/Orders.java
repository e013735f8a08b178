package io.comptoir.engine.api.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Orders after checkout: the shopper's view, each shop's view, and the moves of a merchant order through its life.
 * Every move is recorded with who and when, and published as a domain event ({@code merchant_order.<status>}) in the
 * same transaction.
 *
 * <p>Refunds of a merchant order are allocated back across its tenders in <em>reverse</em> tender order (the last
 * tender, usually the card that paid the rest, first; vouchers last), each up to what was captured from it.
 */
public interface Orders {

    Optional<CustomerOrder> customerOrder(CustomerOrderId id);

    /**
     * The orders of these ids that exist, each once, in the order of their first id: e.g. every order a batch of events
     * names, in one read. The default reads them one by one. Since engine API 1.3.
     */
    default List<CustomerOrder> customerOrders(List<CustomerOrderId> ids) {
        return ids.stream().distinct().map(this::customerOrder).flatMap(Optional::stream).toList();
    }

    /**
     * The customer order once its payment has settled (placed, or {@link CustomerOrderStatus#PAYMENT_FAILED}), or as it
     * stands when {@code patience} runs out (still {@link CustomerOrderStatus#PENDING_PAYMENT}); empty for an unknown order.
     * A tender confirmed asynchronously (a card processor's webhook) settles the order a moment after checkout: this lets a
     * client wait for that moment instead of polling, and no thread is held while it waits. The default reads the order
     * once, without waiting.
     *
     * @throws IllegalArgumentException for a negative patience, or one longer than the implementation allows (the
     *         engine's: 60 s)
     */
    default CompletionStage<Optional<CustomerOrder>> whenPaymentSettled(CustomerOrderId id, Duration patience) {
        return CompletableFuture.completedFuture(customerOrder(id));
    }

    /** A shopper's orders, newest first. */
    List<CustomerOrder> customerOrdersOf(AccountId shopper, int offset, int limit);

    Optional<MerchantOrder> merchantOrder(MerchantOrderId id);

    /** A shop's orders in these statuses (all but {@link MerchantOrderStatus#PENDING_PAYMENT} when empty), newest first. */
    List<MerchantOrder> merchantOrdersOf(MerchantId merchant, Set<MerchantOrderStatus> statuses, int offset, int limit);

    int countMerchantOrders(MerchantId merchant, Set<MerchantOrderStatus> statuses);

    /** Every shop's orders, newest first: the territory's overview. */
    List<MerchantOrder> recentMerchantOrders(int offset, int limit);

    /**
     * The territory's order feed: every shop's orders, newest first, filtered by status, shop and date, a page at a time
     * with a cursor (however deep: an offset would make late pages slow, and shift under orders arriving meanwhile).
     *
     * @throws InvalidInputException {@code invalid_cursor} (field {@code after}) for a cursor this feed did not give
     */
    OrderFeedPage orderFeed(OrderFeedQuery query);

    /**
     * Cancels a whole customer order in one call: every shop's part, all or none. Each part must still be cancellable
     * ({@link MerchantOrderStatus#PLACED}: no shop has accepted it; parts already cancelled are left as they are); its stock
     * comes back and its authorisations are released, as {@link OrderAction#CANCEL} does for one part.
     *
     * @param byShopper true when the shopper acts (the caller checks it is their order)
     * @throws ConflictException {@code order_not_cancellable} naming the parts a shop has taken on (cancel nothing then), or
     *         {@code payment_failed} when a release was refused
     */
    CustomerOrder cancel(CustomerOrderId id, String note, Actor actor, boolean byShopper);

    /** What the actor may do now on this order. */
    Set<OrderAction> allowedActions(MerchantOrder order, Actor actor, boolean shopperView);

    /**
     * Moves a merchant order.
     *
     * @param amount the amount of a {@link OrderAction#REFUND} (empty: everything still refundable); ignored otherwise
     * @param byShopper true when the shopper acts (only {@link OrderAction#CANCEL} before acceptance is theirs)
     * @throws ConflictException {@code illegal_transition} naming the status and the action, or {@code payment_failed}
     *         when a capture was refused
     * @throws InvalidInputException {@code invalid_amount} for a refund above what is refundable or not positive
     */
    MerchantOrder act(MerchantOrderId id, OrderAction action, Optional<Money> amount, String note, Actor actor, boolean byShopper);
}

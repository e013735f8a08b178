package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.event.EngineEvents.CustomerOrders;
import io.comptoir.engine.api.event.EngineEvents.MerchantOrders;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.ReservedOrder;
import io.comptoir.engine.core.cart.CartStore;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.payment.PaymentBook;
import io.comptoir.engine.core.payment.PaymentDao;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.payment.PaymentRow;
import io.comptoir.engine.core.payment.TenderShareRow;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Ends the payment phase of an order: places it once every tender is authorised, or fails it as soon as one tender
 * failed — releasing the others, giving the stock back and putting the lines back in the shopper's cart — so that
 * nothing is ever left half-paid. Safe to call any number of times, from any node: it acts only on an order still
 * pending, under its row lock.
 */
@Singleton
public final class OrderSettlement {
    /** How long an asynchronous tender may stay unconfirmed before the order is given up. */
    public static final Duration PAYMENT_TIMEOUT = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(OrderSettlement.class);
    private static final Actor ENGINE = Actor.system("checkout");

    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentProviders providers;
    private final PaymentBook book;
    private final OrderEvents events;
    private final StockMoves stock;
    private final CartStore carts;
    private final CommitSignal commits;
    private final SettlementWatch watch;
    private final CheckoutHooks hooks;

    @Inject
    public OrderSettlement(Jdbi jdbi, Clock clock, PaymentProviders providers, PaymentBook book, OutboxEventPublisher publisher,
                           CartStore carts, CommitSignal commits, SettlementWatch watch, CheckoutHooks hooks) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.providers = requireNonNull(providers, "providers is null");
        this.book = requireNonNull(book, "book is null");
        this.events = new OrderEvents(publisher);
        this.stock = new StockMoves(publisher);
        this.carts = requireNonNull(carts, "carts is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.watch = requireNonNull(watch, "watch is null");
        this.hooks = requireNonNull(hooks, "hooks is null");
    }

    /** Places the order if every tender is authorised, fails it if one failed; otherwise leaves it pending. */
    public void settle(long customerOrderId) {
        boolean decided = jdbi.inTransaction(handle -> settle(handle, lock(handle, customerOrderId)));
        committed(customerOrderId, decided);
    }

    /**
     * Locks a customer order's row, in a transaction that goes on to change the order's tenders and to settle it
     * ({@link #settle(Handle, Optional)}). Every transaction that changes both an order and its tenders locks the order's row
     * before any of its payments' rows (customer_order, then payment): settlements, failures, the checkout's last answer, a
     * webhook, a cancellation. Those that change a payment alone (an answer to the checkout or to the reconciliation that
     * does not settle) lock nothing else, so none waits for a lock held by one that waits for its own.
     */
    public Optional<CustomerOrderRow> lock(Handle handle, long customerOrderId) {
        return Daos.of(handle, OrderDao.class).lockCustomerOrder(customerOrderId);
    }

    /**
     * Settles, in the caller's transaction, an order whose row it has locked ({@link #lock}; empty: no such order): places it
     * if every tender is authorised, fails it if one failed, otherwise leaves it pending. Returns whether it placed or failed
     * it; the caller passes that to {@link #committed} once its transaction has committed, never before.
     */
    public boolean settle(Handle handle, Optional<CustomerOrderRow> locked) {
        Optional<CustomerOrderRow> order = locked.filter(row -> row.status().equals("PENDING_PAYMENT"));
        if (order.isEmpty()) {
            return false;
        }
        List<PaymentRow> payments = Daos.of(handle, PaymentDao.class).paymentsOf(List.of(order.get().id()));
        Optional<PaymentRow> failed = payments.stream().filter(p -> p.status().equals("FAILED")).findFirst();
        if (failed.isPresent()) {
            fail(handle, order.get(), payments, Optional.ofNullable(failed.get().failureReason()).orElse("payment declined"));
            return true;
        }
        if (payments.stream().allMatch(p -> p.status().equals("AUTHORISED"))) {
            place(handle, order.get());
            return true;
        }
        return false;
    }

    /**
     * After the commit of a transaction that may have settled an order: wakes what follows the database on this node and,
     * when the order was placed or failed, whoever waits for it.
     */
    /** The checkout committed the order pending and now asks its providers (see {@link SettlementWatch#pending}). */
    void providersAsked(long customerOrderId) {
        watch.pending(customerOrderId);
    }

    /** The checkout failed while its providers were asked: whoever waits for the order looks at it again. */
    void outcomeUnknown(long customerOrderId) {
        watch.unknown(customerOrderId);
    }

    public void committed(long customerOrderId, boolean decided) {
        commits.committedInBackground();
        if (decided) {
            watch.settled(customerOrderId);
        }
    }

    private void place(Handle handle, CustomerOrderRow order) {
        OrderDao dao = Daos.of(handle, OrderDao.class);
        Instant now = clock.instant();
        dao.moveCustomerOrder(order.id(), "PENDING_PAYMENT", "PLACED", null, now);
        List<MerchantOrderRow> merchantOrders = dao.merchantOrdersOf(List.of(order.id()));
        dao.moveMerchantOrders(merchantOrders.stream().map(MerchantOrderRow::id).toList(), "PENDING_PAYMENT", "PLACED", now);
        events.merchantOrdersMoved(handle, merchantOrders, "PENDING_PAYMENT", "PLACED", "PLACE", "", "placed", Map.of(), ENGINE, now,
                Optional.of(events.customerOrderEvent(CustomerOrders.PLACED, order, Map.of(), ENGINE)));
    }

    /**
     * Gives up a pending order: releases every tender, gives the stock back, restores the cart. A tender still pending is
     * failed and marked for the reconciliation to ask its provider later, and release what it may yet authorise.
     */
    public void fail(long customerOrderId, String reason) {
        boolean failed = jdbi.inTransaction(handle -> {
            Optional<CustomerOrderRow> locked = lock(handle, customerOrderId).filter(row -> row.status().equals("PENDING_PAYMENT"));
            if (locked.isEmpty()) {
                return false;
            }
            fail(handle, locked.get(), Daos.of(handle, PaymentDao.class).paymentsOf(List.of(customerOrderId)), reason);
            return true;
        });
        committed(customerOrderId, failed);
    }

    /**
     * Fails a pending order whose row the transaction has locked. Releasing a tender asks its provider with the
     * transaction open, the order's row locked: the release and its record commit together, and no other settlement of
     * the order can run meanwhile.
     */
    private void fail(Handle handle, CustomerOrderRow order, List<PaymentRow> tenders, String reason) {
        OrderDao dao = Daos.of(handle, OrderDao.class);
        for (PaymentRow payment : tenders) {
            releaseAll(handle, order, payment, "co-" + order.id() + "-void-" + payment.id());
            if (payment.status().equals("PENDING")) {
                book.giveUp(handle, payment.id(), "cancelled: " + reason);
            }
        }
        Instant now = clock.instant();
        List<StockMoves.Units> units = new ArrayList<>();
        List<CartStore.Returned> lines = new ArrayList<>();
        List<MerchantOrderRow> merchantOrders = dao.merchantOrdersOf(List.of(order.id()));
        for (OrderLineRow line : dao.lines(merchantOrders.stream().map(MerchantOrderRow::id).toList())) {
            units.add(new StockMoves.Units(line.variantId(), line.productId(), line.productName(), line.quantity()));
            lines.add(new CartStore.Returned(line.variantId(), line.quantity(), line.unitPrice()));
        }
        dao.moveMerchantOrders(merchantOrders.stream().map(MerchantOrderRow::id).toList(), "PENDING_PAYMENT", "CANCELLED", now);
        events.merchantOrdersMoved(handle, merchantOrders, "PENDING_PAYMENT", "CANCELLED", "CANCEL", "",
                "cancelled", Map.of(MerchantOrders.REASON, "payment_failed"), ENGINE, now, Optional.empty());
        // the cart before the stock, in the checkout's order (cart, then variants): a failure and the shopper's next
        // checkout never wait on each other's locks
        carts.restore(handle, new AccountId(order.shopperId()), lines);
        stock.giveBack(handle, units, ENGINE);
        if (!hooks.isEmpty()) {
            hooks.paymentFailed(handle, reserved(handle, order, merchantOrders));
        }
        dao.moveCustomerOrder(order.id(), "PENDING_PAYMENT", "PAYMENT_FAILED", reason, now);
        events.customerOrder(handle, CustomerOrders.PAYMENT_FAILED, order, Map.of(CustomerOrders.REASON, reason), ENGINE);
    }

    /** The order as the checkout hooks saw it when it was reserved. */
    private static ReservedOrder reserved(Handle handle, CustomerOrderRow order, List<MerchantOrderRow> merchantOrders) {
        Currency currency = Currency.getInstance(order.currency());
        Map<Long, List<OrderAdjustment>> adjustments = OrderAssembler.adjustments(handle, merchantOrders);
        return new ReservedOrder(new CustomerOrderId(order.id()), order.number(), new AccountId(order.shopperId()),
                new Money(order.total(), currency), merchantOrders.stream().map(row -> new ReservedOrder.Shop(new MerchantOrderId(row.id()),
                        new MerchantId(row.merchantId()), row.number(), new Money(row.total(), currency),
                        adjustments.getOrDefault(row.id(), List.of()))).toList());
    }

    /** Releases what is still held of every share of a tender (nothing for a tender that never got authorised). */
    void releaseAll(Handle handle, CustomerOrderRow order, PaymentRow payment, String key) {
        if (payment.providerReference() == null || payment.status().equals("FAILED")) {
            return;
        }
        long outstanding = payment.amount() - payment.captured() - payment.released();
        if (outstanding <= 0) {
            return;
        }
        PaymentProvider provider = providers.require(payment.provider());
        List<TenderShareRow> shares = Daos.of(handle, PaymentDao.class).sharesOfPayment(payment.id());
        TenderShareRow first = shares.get(0);
        ProviderResult result = call(() -> provider.release(new PaymentOperation(key, new PaymentId(payment.id()), payment.providerReference(),
                new Money(outstanding, Currency.getInstance(payment.currency())), new MerchantId(orderMerchant(handle, first.merchantOrderId())),
                new MerchantOrderId(first.merchantOrderId()))));
        book.record(handle, payment.id(), PaymentTransaction.Kind.RELEASE, outstanding, key, result);
        if (result.outcome() == ProviderResult.Outcome.DECLINED) {
            // refused, or the provider could not be reached: the reconciliation asks it later what it still holds, and releases that
            log.error("Provider {} refused to release {} of payment {} of order {}: {}", payment.provider(), outstanding, payment.id(),
                    order.number(), result.message());
            book.markForVoid(handle, payment.id());
            return;
        }
        for (TenderShareRow share : shares) {
            long held = share.amount() - share.captured() - share.released();
            if (held > 0) {
                book.move(handle, payment.id(), share.merchantOrderId(), 0, held, 0);
            }
        }
    }

    private static long orderMerchant(Handle handle, long merchantOrderId) {
        return Daos.of(handle, OrderDao.class).merchantOrder(merchantOrderId).orElseThrow().merchantId();
    }

    /** Fails every order whose asynchronous payment has not been confirmed in time. */
    public int failStalePendingOrders() {
        List<Long> stale = jdbi.withExtension(OrderDao.class, dao -> dao.stalePending(clock.instant().minus(PAYMENT_TIMEOUT)));
        stale.forEach(id -> fail(id, "payment not confirmed in time"));
        return stale.size();
    }

    /** Runs a provider call; a provider that throws is taken as having declined (and says why). */
    static ProviderResult call(java.util.function.Supplier<ProviderResult> operation) {
        try {
            return operation.get();
        }
        catch (RuntimeException e) {
            log.warn("Payment provider failed", e);
            return ProviderResult.declined("", "provider error: " + e.getClass().getSimpleName());
        }
    }
}

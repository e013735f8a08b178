package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderFeedPage;
import io.comptoir.engine.api.order.OrderFeedQuery;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.payment.PaymentBook;
import io.comptoir.engine.core.payment.PaymentDao;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.payment.PaymentRow;
import io.comptoir.engine.core.payment.TenderShareRow;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.persistence.DurabilityBarrier;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static java.util.Objects.requireNonNull;

/**
 * The {@link Orders}. A move locks its merchant order's row for the whole move, calls the providers of its tender
 * shares with idempotency keys derived from the order and the move (so a retried move never moves money twice), and
 * records every answer. When a capture is refused, the captures already done stay recorded, the order does not move,
 * and the caller gets {@code payment_failed}.
 */
@Singleton
public final class OrderService implements Orders {
    /** The longest a caller may wait for a payment to settle (a processor that takes longer is answered by polling). */
    private static final Duration MAX_PATIENCE = Duration.ofSeconds(60);
    private static final Set<MerchantOrderStatus> SHOP_VISIBLE = EnumSet.complementOf(EnumSet.of(MerchantOrderStatus.PENDING_PAYMENT));

    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentProviders providers;
    private final PaymentBook book;
    private final OrderEvents events;
    private final StockMoves stock;
    private final CommitSignal commits;
    private final SettlementWatch watch;
    private final DurabilityBarrier durable;

    @Inject
    public OrderService(Jdbi jdbi, Clock clock, PaymentProviders providers, PaymentBook book, OutboxEventPublisher publisher,
                        CommitSignal commits, SettlementWatch watch, DurabilityBarrier durable) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.providers = requireNonNull(providers, "providers is null");
        this.book = requireNonNull(book, "book is null");
        this.events = new OrderEvents(publisher);
        this.stock = new StockMoves(publisher);
        this.commits = requireNonNull(commits, "commits is null");
        this.watch = requireNonNull(watch, "watch is null");
        this.durable = requireNonNull(durable, "durable is null");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Like every read of customer orders here, it returns once what it read is durable ({@link DurabilityBarrier}): the
     * order's state is often another thread's commit (a processor's webhook settled it), and the caller answers on it.
     */
    @Override
    public Optional<CustomerOrder> customerOrder(CustomerOrderId id) {
        requireNonNull(id, "id is null");
        return jdbi.withHandle(handle -> {
            Optional<CustomerOrder> order = Daos.of(handle, OrderDao.class).customerOrder(id.value())
                    .map(row -> OrderAssembler.customerOrders(handle, List.of(row)).get(0));
            durable.await(handle);
            return order;
        });
    }

    /** Every order in one read: four round trips, whatever their number. */
    @Override
    public List<CustomerOrder> customerOrders(List<CustomerOrderId> ids) {
        requireNonNull(ids, "ids is null");
        List<Long> wanted = ids.stream().map(CustomerOrderId::value).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> {
            Map<Long, CustomerOrder> read = new HashMap<>();
            OrderAssembler.customerOrders(handle, Daos.of(handle, OrderDao.class).customerOrders(wanted))
                    .forEach(order -> read.put(order.id().value(), order));
            durable.await(handle);
            return wanted.stream().map(read::get).filter(Objects::nonNull).toList();
        });
    }

    @Override
    public CompletionStage<Optional<CustomerOrder>> whenPaymentSettled(CustomerOrderId id, Duration patience) {
        requireNonNull(id, "id is null");
        requireNonNull(patience, "patience is null");
        checkPatience(patience);
        return settled(id, System.nanoTime() + patience.toNanos());
    }

    static void checkPatience(Duration patience) {
        if (patience.isNegative() || patience.compareTo(MAX_PATIENCE) > 0) {
            throw new IllegalArgumentException("patience must be between 0 and " + MAX_PATIENCE.toSeconds() + " s");
        }
    }

    private CompletableFuture<Optional<CustomerOrder>> settled(CustomerOrderId id, long deadline) {
        CompletableFuture<Void> signal = watch.watch(id.value(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        boolean last = deadline - System.nanoTime() <= 0;
        if (!last && watch.knownPending(id.value())) {
            // this node's checkout left it pending and nothing settled it since (registered first: a settlement from now
            // on completes the signal): no look needed before waiting
            return signal.thenComposeAsync(woken -> settled(id, deadline), watch.readers());
        }
        // The row tells whether to wait; once settled (or out of time) the rest of the order is read with it, in the same
        // read transaction: one transaction per look, not one per statement.
        Settlement look = jdbi.withHandle(handle -> {
            Settlement read = handle.inTransaction(transaction -> {
                Optional<CustomerOrderRow> row = Daos.of(transaction, OrderDao.class).customerOrder(id.value());
                boolean pending = row.filter(order -> order.status().equals(CustomerOrderStatus.PENDING_PAYMENT.name())).isPresent();
                if (pending && !last) {
                    return Settlement.WAIT;
                }
                return new Settlement(pending, Optional.of(row.map(order -> OrderAssembler.customerOrders(transaction, List.of(order)).get(0))));
            });
            if (read.answer().isPresent()) {
                durable.await(handle);
            }
            return read;
        });
        if (look.answer().isPresent()) {
            if (!look.pending()) {
                watch.settled(id.value());
            }
            return CompletableFuture.completedFuture(look.answer().get());
        }
        // woken: look again, and wait on if the wake-up was for nothing and time is left
        return signal.thenComposeAsync(woken -> settled(id, deadline), watch.readers());
    }

    /** What a look at a pending order found: the answer to give (empty: wait on), and whether the order is still pending. */
    private record Settlement(boolean pending, Optional<Optional<CustomerOrder>> answer) {
        static final Settlement WAIT = new Settlement(true, Optional.empty());
    }

    @Override
    public List<CustomerOrder> customerOrdersOf(AccountId shopper, int offset, int limit) {
        requireNonNull(shopper, "shopper is null");
        checkPage(offset, limit);
        return jdbi.withHandle(handle -> {
            List<CustomerOrder> orders = OrderAssembler.customerOrders(handle,
                    Daos.of(handle, OrderDao.class).customerOrdersOf(shopper.value(), limit, offset));
            durable.await(handle);
            return orders;
        });
    }

    @Override
    public Optional<MerchantOrder> merchantOrder(MerchantOrderId id) {
        requireNonNull(id, "id is null");
        return jdbi.withHandle(handle -> load(handle, id.value()));
    }

    @Override
    public List<MerchantOrder> merchantOrdersOf(MerchantId merchant, Set<MerchantOrderStatus> statuses, int offset, int limit) {
        requireNonNull(merchant, "merchant is null");
        checkPage(offset, limit);
        return jdbi.withHandle(handle -> OrderAssembler.merchantOrders(handle,
                Daos.of(handle, OrderDao.class).merchantOrdersOfShop(merchant.value(), names(statuses), limit, offset), Map.of()));
    }

    @Override
    public int countMerchantOrders(MerchantId merchant, Set<MerchantOrderStatus> statuses) {
        requireNonNull(merchant, "merchant is null");
        return jdbi.withExtension(OrderDao.class, dao -> dao.countMerchantOrdersOfShop(merchant.value(), names(statuses)));
    }

    @Override
    public List<MerchantOrder> recentMerchantOrders(int offset, int limit) {
        checkPage(offset, limit);
        return jdbi.withHandle(handle -> OrderAssembler.merchantOrders(handle,
                Daos.of(handle, OrderDao.class).recentMerchantOrders(limit, offset), Map.of()));
    }

    @Override
    public OrderFeedPage orderFeed(OrderFeedQuery query) {
        requireNonNull(query, "query is null");
        Optional<FeedCursor> after = query.after().map(FeedCursor::parse);
        StringBuilder sql = new StringBuilder("SELECT " + OrderDao.MERCHANT_COLUMNS
                + " FROM merchant_order mo JOIN merchant m ON m.id = mo.merchant_id WHERE mo.status IN (<statuses>)");
        query.merchant().ifPresent(merchant -> sql.append(" AND mo.merchant_id = :merchant"));
        query.from().ifPresent(from -> sql.append(" AND mo.created_at >= :from"));
        query.until().ifPresent(until -> sql.append(" AND mo.created_at < :until"));
        after.ifPresent(cursor -> sql.append(" AND (mo.created_at < :afterAt OR (mo.created_at = :afterAt AND mo.id < :afterId))"));
        sql.append(" ORDER BY mo.created_at DESC, mo.id DESC LIMIT :limit");
        return jdbi.withHandle(handle -> {
            var statement = handle.createQuery(sql.toString()).bindList("statuses", names(query.statuses())).bind("limit", query.limit() + 1);
            query.merchant().ifPresent(merchant -> statement.bind("merchant", merchant.value()));
            query.from().ifPresent(from -> statement.bind("from", from));
            query.until().ifPresent(until -> statement.bind("until", until));
            after.ifPresent(cursor -> statement.bind("afterAt", cursor.createdAt()).bind("afterId", cursor.id()));
            List<MerchantOrderRow> rows = statement.map(new MerchantOrderRow.Mapper()).list();
            List<MerchantOrderRow> page = rows.subList(0, Math.min(rows.size(), query.limit()));
            Optional<String> next = rows.size() > query.limit() ? Optional.of(FeedCursor.of(page.get(page.size() - 1)).text()) : Optional.empty();
            return new OrderFeedPage(OrderAssembler.merchantOrders(handle, page, Map.of()), next);
        });
    }

    @Override
    public CustomerOrder cancel(CustomerOrderId id, String note, Actor actor, boolean byShopper) {
        requireNonNull(id, "id is null");
        requireNonNull(note, "note is null");
        requireNonNull(actor, "actor is null");
        if (note.length() > 500) {
            throw InvalidInputException.invalid("note", "a note has at most 500 characters");
        }
        // Locks the customer order, then its merchant orders, then (each move) their payments: customer_order before payment,
        // as a settlement or a webhook (OrderSettlement.lock).
        jdbi.useTransaction(handle -> {
            OrderDao dao = Daos.of(handle, OrderDao.class);
            CustomerOrderRow order = dao.lockCustomerOrder(id.value()).orElseThrow(() -> NotFoundException.of("customer_order", id));
            if (!order.status().equals(CustomerOrderStatus.PLACED.name())) {
                throw new ConflictException("order_not_cancellable", "order " + order.number() + " is " + order.status().toLowerCase()
                        .replace('_', ' ') + ": only a placed order can be cancelled");
            }
            List<MerchantOrderRow> parts = dao.merchantOrdersOf(List.of(order.id()));
            parts.forEach(part -> dao.lockMerchantOrder(part.id()));
            List<String> taken = parts.stream().filter(part -> !part.status().equals(MerchantOrderStatus.PLACED.name())
                    && !part.status().equals(MerchantOrderStatus.CANCELLED.name())).map(MerchantOrderRow::number).toList();
            if (!taken.isEmpty()) {
                throw new ConflictException("order_not_cancellable", "a shop has already taken on part of order " + order.number()
                        + ": nothing was cancelled", taken);
            }
            for (MerchantOrderRow part : parts) {
                if (part.status().equals(MerchantOrderStatus.PLACED.name())) {
                    move(handle, new MerchantOrderId(part.id()), OrderAction.CANCEL, Optional.empty(), note.strip(), actor);
                }
            }
        });
        commits.committedInBackground();
        return customerOrder(id).orElseThrow();
    }

    private static List<String> names(Set<MerchantOrderStatus> statuses) {
        return (statuses.isEmpty() ? SHOP_VISIBLE : statuses).stream().map(Enum::name).sorted().toList();
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    @Override
    public Set<OrderAction> allowedActions(MerchantOrder order, Actor actor, boolean shopperView) {
        Set<OrderAction> actions = OrderRules.possible(order.status(), order.fulfilment().method());
        if (shopperView) {
            actions.retainAll(EnumSet.of(OrderAction.CANCEL));
            return actions;
        }
        boolean payAtPickupDue = order.tenders().stream().anyMatch(share -> !captures(share.provider())
                && share.captured().plus(share.released()).compareTo(share.amount()) < 0);
        if (!payAtPickupDue) {
            actions.remove(OrderAction.MARK_PAID);
        }
        if (order.status() == MerchantOrderStatus.REFUNDED && !order.refundable().isPositive()) {
            actions.remove(OrderAction.REFUND);
        }
        return actions;
    }

    private boolean captures(String provider) {
        return providers.find(provider).map(PaymentProvider::capturesOnAcceptance).orElse(true);
    }

    @Override
    public MerchantOrder act(MerchantOrderId id, OrderAction action, Optional<Money> amount, String note, Actor actor, boolean byShopper) {
        requireNonNull(id, "id is null");
        requireNonNull(action, "action is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(note, "note is null");
        requireNonNull(actor, "actor is null");
        if (note.length() > 500) {
            throw InvalidInputException.invalid("note", "a note has at most 500 characters");
        }
        if (byShopper && action != OrderAction.CANCEL) {
            throw new ConflictException("illegal_transition", "a shopper can only cancel an order before the shop accepts it");
        }
        Outcome outcome = jdbi.inTransaction(handle -> move(handle, id, action, amount, note.strip(), actor));
        commits.committedInBackground();
        if (outcome.refusal().isPresent()) {
            throw new ConflictException("payment_failed", outcome.refusal().get());
        }
        return merchantOrder(id).orElseThrow();
    }

    private record Outcome(Optional<String> refusal) {
    }

    private Outcome move(Handle handle, MerchantOrderId id, OrderAction action, Optional<Money> amount, String note, Actor actor) {
        OrderDao dao = Daos.of(handle, OrderDao.class);
        // The merchant order, then its tenders' payments, never its customer order: the transactions that lock a customer
        // order before its payments (settlements, webhooks) change the payments only of orders not placed (pending, or failed),
        // whose merchant orders cannot move.
        dao.lockMerchantOrder(id.value()).orElseThrow(() -> NotFoundException.of("merchant_order", id));
        MerchantOrderRow row = dao.merchantOrder(id.value()).orElseThrow();
        MerchantOrderStatus from = MerchantOrderStatus.valueOf(row.status());
        FulfilmentMethod method = FulfilmentMethod.valueOf(row.fulfilment());
        MerchantOrderStatus to = OrderRules.target(from, action, method).orElseThrow(() -> new ConflictException("illegal_transition",
                "cannot " + action.name().toLowerCase().replace('_', ' ') + " an order that is " + from.name().toLowerCase().replace('_', ' ')));
        List<TenderShareRow> shares = Daos.of(handle, PaymentDao.class).sharesOf(List.of(row.id()));
        Map<String, String> extra = Map.of();
        Instant now = clock.instant();
        switch (action) {
            case ACCEPT -> {
                Optional<String> refused = capture(handle, row, shares, true, "accept");
                if (refused.isPresent()) {
                    return new Outcome(refused);
                }
            }
            case MARK_PAID -> {
                Optional<String> refused = capture(handle, row, shares, false, "paid");
                if (refused.isPresent()) {
                    return new Outcome(refused);
                }
            }
            case CANCEL -> {
                release(handle, row, shares, "cancel");
                stock.giveBack(handle, dao.lines(List.of(row.id())).stream()
                        .map(line -> new StockMoves.Units(line.variantId(), line.productId(), line.productName(), line.quantity())).toList(), actor);
            }
            case REFUND -> {
                long refunded = refund(handle, row, shares, amount, dao.history(List.of(row.id())).size());
                extra = Map.of("amount", Long.toString(refunded));
            }
            default -> {
            }
        }
        if (to != from) {
            dao.moveMerchantOrder(row.id(), from.name(), to.name(), now);
        }
        events.merchantOrderMoved(handle, row, from.name(), to.name(), action.name(), note,
                action == OrderAction.MARK_PAID ? "paid" : to.name(), extra, actor, now);
        return new Outcome(Optional.empty());
    }

    /** Captures the outstanding shares of the providers that capture at acceptance (or of those that do not). */
    private Optional<String> capture(Handle handle, MerchantOrderRow order, List<TenderShareRow> shares, boolean onAcceptance, String move) {
        for (TenderShareRow share : shares) {
            PaymentProvider provider = providers.require(share.provider());
            long outstanding = share.amount() - share.captured() - share.released();
            if (provider.capturesOnAcceptance() != onAcceptance || outstanding <= 0) {
                continue;
            }
            String key = "mo-" + order.id() + "-" + move + "-" + share.paymentId();
            PaymentOperation operation = operation(handle, key, share, outstanding, order);
            ProviderResult result = OrderSettlement.call(() -> provider.capture(operation));
            book.record(handle, share.paymentId(), PaymentTransaction.Kind.CAPTURE, outstanding, key, result);
            if (result.outcome() != ProviderResult.Outcome.APPROVED) {
                return Optional.of("the " + provider.displayName() + " payment could not be captured: " + result.message());
            }
            book.move(handle, share.paymentId(), order.id(), outstanding, 0, 0);
        }
        return Optional.empty();
    }

    /** Releases whatever is still held on every share. */
    private void release(Handle handle, MerchantOrderRow order, List<TenderShareRow> shares, String move) {
        for (TenderShareRow share : shares) {
            long outstanding = share.amount() - share.captured() - share.released();
            if (outstanding <= 0) {
                continue;
            }
            PaymentProvider provider = providers.require(share.provider());
            String key = "mo-" + order.id() + "-" + move + "-" + share.paymentId();
            PaymentOperation operation = operation(handle, key, share, outstanding, order);
            ProviderResult result = OrderSettlement.call(() -> provider.release(operation));
            book.record(handle, share.paymentId(), PaymentTransaction.Kind.RELEASE, outstanding, key, result);
            if (result.outcome() != ProviderResult.Outcome.APPROVED) {
                throw new ConflictException("payment_failed", "the " + provider.displayName() + " payment could not be released: " + result.message());
            }
            book.move(handle, share.paymentId(), order.id(), 0, outstanding, 0);
        }
    }

    /**
     * Refunds an amount across the shares in reverse tender order, each up to what was captured from it and not yet
     * refunded. A refund of everything also releases what was never captured (a pay-at-pickup order never paid).
     */
    private long refund(Handle handle, MerchantOrderRow order, List<TenderShareRow> shares, Optional<Money> requested, int sequence) {
        long refundable = shares.stream().mapToLong(share -> share.captured() - share.refunded()).sum();
        long wanted = requested.map(Money::minorUnits).orElse(refundable);
        if (wanted <= 0 || wanted > refundable) {
            throw new InvalidInputException("amount", "invalid_amount", "a refund is between 0,01 and " + new Money(refundable,
                    Currency.getInstance(order.currency())) + " (what was paid and not yet refunded)");
        }
        List<TenderShareRow> reverse = new ArrayList<>(shares);
        reverse.sort(Comparator.comparingInt(TenderShareRow::position).reversed());
        long left = wanted;
        for (TenderShareRow share : reverse) {
            long part = Math.min(left, share.captured() - share.refunded());
            if (part <= 0) {
                continue;
            }
            PaymentProvider provider = providers.require(share.provider());
            String key = "mo-" + order.id() + "-refund-" + sequence + "-" + share.paymentId();
            PaymentOperation operation = operation(handle, key, share, part, order);
            ProviderResult result = OrderSettlement.call(() -> provider.refund(operation));
            book.record(handle, share.paymentId(), PaymentTransaction.Kind.REFUND, part, key, result);
            if (result.outcome() != ProviderResult.Outcome.APPROVED) {
                throw new ConflictException("payment_failed", "the " + provider.displayName() + " refund was refused: " + result.message());
            }
            book.move(handle, share.paymentId(), order.id(), 0, 0, part);
            left -= part;
            if (left == 0) {
                break;
            }
        }
        if (Daos.of(handle, OrderDao.class).addRefund(order.id(), wanted, clock.instant()) != 1) {
            throw new IllegalStateException("refund beyond the total of " + order.number());
        }
        if (requested.isEmpty()) {
            release(handle, order, Daos.of(handle, PaymentDao.class).sharesOf(List.of(order.id())), "refund-" + sequence);
        }
        return wanted;
    }

    private static PaymentOperation operation(Handle handle, String key, TenderShareRow share, long amount, MerchantOrderRow order) {
        PaymentRow payment = Daos.of(handle, PaymentDao.class).payment(share.paymentId()).orElseThrow();
        return new PaymentOperation(key, new PaymentId(share.paymentId()), payment.providerReference(),
                new Money(amount, Currency.getInstance(share.currency())), new MerchantId(order.merchantId()),
                new MerchantOrderId(order.id()));
    }

    private static Optional<MerchantOrder> load(Handle handle, long id) {
        return Daos.of(handle, OrderDao.class).merchantOrder(id).map(row -> OrderAssembler.merchantOrders(handle, List.of(row), Map.of()).get(0));
    }
}

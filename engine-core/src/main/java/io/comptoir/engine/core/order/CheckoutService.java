package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.cart.CartNotice;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.BasketReview;
import io.comptoir.engine.api.order.Checkout;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.ReservedOrder;
import io.comptoir.engine.api.order.ShopQuote;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentRefusal;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.core.cart.CartStore;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.payment.MethodAcceptance;
import io.comptoir.engine.core.payment.PaymentBook;
import io.comptoir.engine.core.payment.PaymentDao;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.persistence.DurabilityBarrier;
import io.comptoir.engine.core.support.Tokens;
import io.comptoir.plugin.kit.SqlErrors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The {@link Checkout}: three phases, so that no database transaction waits on a payment provider.
 * <ol>
 *   <li>Reserve, in one transaction: re-check the cart, create the order and its merchant orders, reserve the stock,
 *       split the total across the tenders, empty the cart. The idempotency key is a unique constraint of the order:
 *       a second request with the same key cannot create a second order.</li>
 *   <li>Authorise each tender in order, recording each answer; the first refusal stops.</li>
 *   <li>Settle: place the order when every tender is authorised, or fail it (see {@link OrderSettlement}); in the
 *       transaction that records the last answer, which also reads the order the checkout answers with (a checkout that
 *       waits for a pending order's settlement reads it once settled instead).</li>
 * </ol>
 */
@Singleton
public final class CheckoutService implements Checkout {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final Jdbi jdbi;
    private final Clock clock;
    private final Currency currency;
    private final AccountDirectory accounts;
    private final MerchantDirectory merchants;
    private final CartStore carts;
    private final PaymentProviders providers;
    private final PaymentBook book;
    private final OrderSettlement settlement;
    private final StockMoves stock;
    private final CommitSignal commits;
    private final CheckoutHooks hooks;
    private final DurabilityBarrier durable;
    private final MethodAcceptance acceptance;
    private final OrderService orders;

    @Inject
    public CheckoutService(Jdbi jdbi, Clock clock, @Named("currency") Currency currency, AccountDirectory accounts,
                           MerchantDirectory merchants, CartStore carts, PaymentProviders providers, PaymentBook book,
                           OrderSettlement settlement, OutboxEventPublisher events, CommitSignal commits, CheckoutHooks hooks,
                           DurabilityBarrier durable, MethodAcceptance acceptance, OrderService orders) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.currency = requireNonNull(currency, "currency is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.carts = requireNonNull(carts, "carts is null");
        this.providers = requireNonNull(providers, "providers is null");
        this.book = requireNonNull(book, "book is null");
        this.settlement = requireNonNull(settlement, "settlement is null");
        this.stock = new StockMoves(requireNonNull(events, "events is null"));
        this.commits = requireNonNull(commits, "commits is null");
        this.hooks = requireNonNull(hooks, "hooks is null");
        this.durable = requireNonNull(durable, "durable is null");
        this.acceptance = requireNonNull(acceptance, "acceptance is null");
        this.orders = requireNonNull(orders, "orders is null");
    }

    @Override
    public List<ShopQuote> quote(AccountId shopper, Map<MerchantId, FulfilmentChoice> choices) {
        requireNonNull(shopper, "shopper is null");
        requireNonNull(choices, "choices is null");
        Cart cart = carts.cart(CartOwner.shopper(shopper));
        List<BasketReview.Shop> shops = new ArrayList<>();
        Map<MerchantId, FulfilmentOptions> offered = new LinkedHashMap<>();
        cart.linesByMerchant().forEach((merchant, lines) -> {
            FulfilmentOptions options = merchants.fulfilment(merchant);
            Money subtotal = sum(lines);
            Optional<FulfilmentChoice> delivery = Optional.ofNullable(choices.get(merchant))
                    .filter(c -> c.method() == FulfilmentMethod.LOCAL_DELIVERY && options.delivery().isPresent());
            Money fee = delivery.map(c -> options.delivery().orElseThrow().feeFor(subtotal)).orElse(Money.zero(currency));
            offered.put(merchant, options);
            shops.add(new BasketReview.Shop(merchant, lines, delivery.orElse(FulfilmentChoice.collect()), subtotal, fee));
        });
        Map<MerchantId, List<OrderAdjustment>> adjustments = hooks.isEmpty() ? Map.of()
                : jdbi.inTransaction(handle -> hooks.review(handle, new BasketReview(shopper, shops, true), currency));
        return shops.stream().map(shop -> new ShopQuote(shop.merchant(), merchants.require(shop.merchant()).name(),
                offered.get(shop.merchant()), shop.subtotal(), shop.deliveryFee(),
                adjustments.getOrDefault(shop.merchant(), List.of()))).toList();
    }

    @Override
    public CheckoutResult checkout(CheckoutRequest request) {
        return pay(request, true).result();
    }

    @Override
    public CompletionStage<CheckoutResult> checkout(CheckoutRequest request, Duration patience) {
        requireNonNull(patience, "patience is null");
        OrderService.checkPatience(patience);
        Paid paid = pay(request, false);
        if (paid.order().filter(order -> order.status() != CustomerOrderStatus.PENDING_PAYMENT).isPresent()) {
            return CompletableFuture.completedFuture(paid.result());
        }
        return orders.whenPaymentSettled(new CustomerOrderId(paid.orderId()), patience)
                .thenApply(settled -> new Paid(paid.orderId(), settled, paid.replayed()).result());
    }

    /**
     * What a checkout came to: its order, read unless it was left pending and {@code readPending} is false (the caller
     * waits for its settlement and reads it then); {@code replayed} when an earlier request with the same key made it.
     */
    private record Paid(long orderId, Optional<CustomerOrder> order, boolean replayed) {
        CheckoutResult result() {
            CustomerOrder read = order.orElseThrow();
            if (read.status() == CustomerOrderStatus.PAYMENT_FAILED) {
                throw declined(read);
            }
            return new CheckoutResult(read, replayed);
        }
    }

    private Paid pay(CheckoutRequest request, boolean readPending) {
        requireNonNull(request, "request is null");
        if (!KEY.matcher(request.idempotencyKey()).matches()) {
            throw new InvalidInputException("Idempotency-Key", "invalid_idempotency_key",
                    "an idempotency key has 8 to 100 letters, digits, dots, dashes, underscores or colons");
        }
        Account shopper = accounts.account(request.shopper()).filter(Account::active)
                .orElseThrow(() -> NotFoundException.of("account", request.shopper()));
        String hash = Tokens.sha256(canonical(request));
        Reservation reservation;
        try {
            // Providers check their tenders (a voucher's balance, a card number) with no transaction open: a provider that
            // reads its own tables needs a connection of the pool, and taking it while holding one could starve the pool.
            Basket basket = jdbi.inTransaction(handle -> basketOf(handle, checked(carts.peek(handle, shopper.id())), request));
            TenderPlan plan = planTenders(request, basket.due());
            reservation = jdbi.inTransaction(handle -> reserve(handle, request, shopper, hash, basket, plan));
        }
        catch (RuntimeException e) {
            // A retry of a checkout already made is refused by the basket (the cart it emptied, or changed since), or by the
            // order's unique key if the cart was filled the same way again; a concurrent retry waited for the cart's lock,
            // then saw the first one's commit. Either way its key finds that order, which answers it. Looked up only then:
            // a checkout that goes through reads no key.
            if (e instanceof ConflictException || e instanceof InvalidInputException || SqlErrors.isUniqueViolation(e)) {
                Optional<CustomerOrderRow> earlier = findByKey(request);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), hash);
                }
            }
            throw e;
        }
        commits.committedInBackground();
        settlement.providersAsked(reservation.orderId());
        try {
            return new Paid(reservation.orderId(), authorise(reservation, request, readPending), false);
        }
        catch (RuntimeException e) {
            settlement.outcomeUnknown(reservation.orderId());
            throw e;
        }
    }

    private Optional<CustomerOrderRow> findByKey(CheckoutRequest request) {
        return jdbi.withExtension(OrderDao.class, dao -> dao.byIdempotencyKey(request.shopper().value(), request.idempotencyKey()));
    }

    private Paid replay(CustomerOrderRow earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ConflictException("idempotency_key_reused", "this idempotency key was used for another checkout");
        }
        return new Paid(earlier.id(), Optional.of(load(earlier.id())), true);
    }

    private static ConflictException declined(CustomerOrder order) {
        String reason = order.failureReason().orElse("payment declined");
        return new ConflictException("payment_declined", "the payment was declined: " + reason, List.of(order.number(), reason));
    }

    /**
     * The order as it stands, once durable: a replay may find it settled by another thread's commit. Read in one
     * transaction (one snapshot, one commit) rather than a statement per transaction.
     */
    private CustomerOrder load(long orderId) {
        return jdbi.withHandle(handle -> {
            CustomerOrder order = handle.inTransaction(transaction -> OrderAssembler.customerOrders(transaction,
                    List.of(Daos.of(transaction, OrderDao.class).customerOrder(orderId).orElseThrow())).get(0));
            durable.await(handle);
            return order;
        });
    }

    /** What phase 1 leaves for phase 2: the tenders to authorise, in order. */
    private record Reservation(long orderId, String number, List<PlannedTender> tenders) {
    }

    private record PlannedTender(long paymentId, PaymentProvider provider, Money amount, Map<String, String> details,
                                 Map<MerchantId, Money> shares) {
    }

    /**
     * The cart as it stands, split by shop, with each shop's fulfilment choice, fee, the checkout hooks' adjustments and
     * total due (basket order).
     */
    private record Basket(Map<MerchantId, List<CartLine>> groups, LinkedHashMap<MerchantId, Money> due,
                          Map<MerchantId, FulfilmentChoice> choices, Map<MerchantId, Money> fees,
                          Map<MerchantId, List<OrderAdjustment>> adjustments) {
    }

    /** What the providers said the tenders can pay: capacities and the allocator's view of each tender, in order. */
    private record TenderPlan(List<PaymentProvider> providers, List<TenderCapacity> capacities, List<TenderAllocator.Tender> tenders) {
    }

    /** The cart if the shopper may pay it as it is: refused with {@code cart_changed} if anything moved since they last saw it. */
    private static Cart checked(Cart cart) {
        if (!cart.notices().isEmpty()) {
            throw new ConflictException("cart_changed", "the cart changed since you last saw it: please check it again",
                    cart.notices().stream().map(CheckoutService::describe).toList());
        }
        if (cart.isEmpty()) {
            throw new ConflictException("cart_empty", "the cart is empty");
        }
        return cart;
    }

    private Basket basketOf(Handle handle, Cart cart, CheckoutRequest request) {
        Map<MerchantId, List<CartLine>> groups = cart.linesByMerchant();
        LinkedHashMap<MerchantId, Money> due = new LinkedHashMap<>();
        Map<MerchantId, FulfilmentChoice> choices = new LinkedHashMap<>();
        Map<MerchantId, Money> fees = new LinkedHashMap<>();
        for (Map.Entry<MerchantId, List<CartLine>> group : groups.entrySet()) {
            MerchantId merchant = group.getKey();
            FulfilmentOptions options = merchants.fulfilment(merchant);
            FulfilmentChoice choice = choose(merchant, options, request.fulfilment().get(merchant));
            Money subtotal = sum(group.getValue());
            Money fee = choice.method() == FulfilmentMethod.LOCAL_DELIVERY ? options.delivery().orElseThrow().feeFor(subtotal) : Money.zero(currency);
            choices.put(merchant, choice);
            fees.put(merchant, fee);
            due.put(merchant, subtotal.plus(fee));
        }
        for (MerchantId merchant : request.fulfilment().keySet()) {
            if (!groups.containsKey(merchant)) {
                throw new InvalidInputException("fulfilment", "invalid_fulfilment", "shop " + merchant + " has nothing in the cart");
            }
        }
        Map<MerchantId, List<OrderAdjustment>> adjustments = Map.of();
        if (!hooks.isEmpty()) {
            List<BasketReview.Shop> shops = new ArrayList<>();
            groups.forEach((merchant, lines) -> shops.add(new BasketReview.Shop(merchant, lines, choices.get(merchant), sum(lines),
                    fees.get(merchant))));
            adjustments = hooks.review(handle, new BasketReview(request.shopper(), shops, false), currency);
            adjustments.forEach((merchant, made) -> due.put(merchant, due.get(merchant).plus(CheckoutHooks.sum(made, currency))));
        }
        return new Basket(groups, due, choices, fees, adjustments);
    }

    /**
     * Asks each tender's provider what it can pay of the basket (outside any transaction). A tender pays only the shops that
     * accept its way to pay ({@link MethodAcceptance}): a shop that none of the ways to pay chosen can pay, or a tender whose way
     * to pay no shop it could pay accepts, is refused before anything is held.
     */
    private TenderPlan planTenders(CheckoutRequest request, LinkedHashMap<MerchantId, Money> due) {
        List<TenderRequest> tenders = request.tenders();
        List<PaymentProvider> tenderProviders = new ArrayList<>();
        List<TenderCapacity> capacities = new ArrayList<>();
        List<TenderAllocator.Tender> plans = new ArrayList<>();
        List<Map<MerchantId, PaymentRefusal>> refusals = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i++) {
            TenderRequest tender = tenders.get(i);
            int index = i;
            PaymentProvider provider = providers.find(tender.provider()).orElseThrow(() -> new InvalidInputException("tenders[" + index + "]",
                    "unknown_provider", "no means of payment " + tender.provider()));
            TenderCapacity capacity;
            try {
                capacity = provider.capacity(tender, Map.copyOf(due));
            }
            catch (InvalidInputException e) {
                throw inTender(i, e);
            }
            Optional<Money> most = capacity.maximum();
            if (tender.amount().isPresent() && most.isPresent() && tender.amount().get().compareTo(most.get()) > 0) {
                throw new InvalidInputException("tenders[" + i + "].amount", "amount_above_capacity", "this means of payment can pay at most "
                        + most.get() + ", not " + tender.amount().get());
            }
            Map<MerchantId, PaymentRefusal> refusing = acceptance.refusals(provider, due.keySet());
            Set<MerchantId> eligible = new HashSet<>(capacity.eligibleMerchants());
            eligible.removeAll(refusing.keySet());
            tenderProviders.add(provider);
            capacities.add(capacity);
            refusals.add(refusing);
            plans.add(new TenderAllocator.Tender(eligible, tender.amount().or(() -> most)));
        }
        if (tenders.size() > 10) {
            throw new InvalidInputException("tenders", "invalid_tenders", "at most 10 means of payment");
        }
        for (MerchantId shop : due.keySet()) {
            if (!tenders.isEmpty() && refusals.stream().allMatch(refusing -> refusing.containsKey(shop))) {
                List<String> details = new ArrayList<>();
                for (int i = 0; i < tenders.size(); i++) {
                    details.add("tenders[" + i + "]: " + refusedBy(shop, refusals.get(i).get(shop)));
                }
                throw new ConflictException("payment_method_refused", merchants.require(shop).name() + " (" + shop + ") accepts none of the "
                        + "ways to pay chosen (" + String.join(", ", tenderProviders.stream().map(PaymentProvider::id).distinct().toList())
                        + "): see why in the details", details);
            }
        }
        for (int i = 0; i < tenders.size(); i++) {
            if (plans.get(i).eligible().isEmpty() && !refusals.get(i).isEmpty()) {
                throw new InvalidInputException("tenders[" + i + "]", "tender_unusable", "this means of payment cannot pay anything in this "
                        + "basket: " + String.join("; ", refusals.get(i).entrySet().stream().map(entry -> refusedBy(entry.getKey(), entry.getValue()))
                        .toList()));
            }
        }
        checkAmounts(tenders, TenderAllocator.allocate(due, plans));
        return new TenderPlan(tenderProviders, capacities, plans);
    }

    /**
     * A provider's refusal of a tender's details, naming the detail by its path in the request: a provider knows only its
     * detail's name ({@code card}), the checkout which tender it was ({@code tenders[1].details.card}).
     */
    private static InvalidInputException inTender(int index, InvalidInputException refusal) {
        String tender = "tenders[" + index + "]";
        String field = refusal.field().map(detail -> detail.startsWith(tender) ? detail : tender + ".details." + detail).orElse(tender);
        return new InvalidInputException(field, refusal.code(), refusal.getMessage());
    }

    /** {@code <shop> (<id>) refuses it: <reason> [<code>]}. */
    private String refusedBy(MerchantId shop, PaymentRefusal refusal) {
        return merchants.require(shop).name() + " (" + shop + ") refuses it: " + refusal.reason() + " [" + refusal.code() + "]";
    }

    /**
     * A tender's amount is what it pays, never a ceiling: an amount the basket leaves no room for (what is still due at the
     * shops it may pay, after the tenders before it) is refused, rather than silently reduced with the next tender paying
     * the difference.
     */
    private static void checkAmounts(List<TenderRequest> tenders, List<TenderAllocator.Allocation> allocations) {
        for (int i = 0; i < tenders.size(); i++) {
            Optional<Money> asked = tenders.get(i).amount();
            if (asked.isPresent()) {
                Money paid = allocations.get(i).total(Money.zero(asked.get().currency()));
                if (paid.compareTo(asked.get()) != 0) {
                    throw new InvalidInputException("tenders[" + i + "].amount", "amount_not_payable", "this means of payment can pay "
                            + paid + " of this basket, not " + asked.get());
                }
            }
        }
    }

    private Reservation reserve(Handle handle, CheckoutRequest request, Account shopper, String hash, Basket seen, TenderPlan plan) {
        CartOwner owner = CartOwner.shopper(shopper.id());
        // The cart's lock serialises a shopper's checkouts: a concurrent retry of the same request waits for it, then finds
        // the cart emptied. The first look (peek, before the providers were asked) took no lock and wrote nothing.
        long cartId = carts.existingCart(handle, owner).orElseThrow(() -> new ConflictException("cart_empty", "the cart is empty"));
        Basket basket = basketOf(handle, checked(carts.refresh(handle, cartId, owner)), request);
        if (!basket.due().equals(seen.due()) || !basket.adjustments().equals(seen.adjustments())) {
            throw new ConflictException("cart_changed", "the cart changed while it was being paid: please check it again");
        }
        Map<MerchantId, List<CartLine>> groups = basket.groups();
        LinkedHashMap<MerchantId, Money> due = basket.due();
        Map<MerchantId, FulfilmentChoice> choices = basket.choices();
        Map<MerchantId, Money> fees = basket.fees();
        List<TenderRequest> tenders = request.tenders();
        List<PaymentProvider> tenderProviders = plan.providers();
        List<TenderCapacity> capacities = plan.capacities();
        List<TenderAllocator.Allocation> allocations = TenderAllocator.allocate(due, plan.tenders());

        OrderDao orders = Daos.of(handle, OrderDao.class);
        Money total = due.values().stream().reduce(Money.zero(currency), Money::plus);
        OrderDao.NewCustomerOrder order = orders.insertCustomerOrder(shopper.id().value(), shopper.displayName(), shopper.email(),
                total.minorUnits(), currency.getCurrencyCode(), request.idempotencyKey(), hash, clock.instant());
        long orderId = order.id();
        String number = order.number();
        // The order's rows go in by kind, each kind in one round trip (JDBC batches): its merchant orders, then their lines,
        // the stock, each tender and its shares.
        List<OrderDao.NewMerchantOrder> newMerchantOrders = new ArrayList<>();
        int shopIndex = 0;
        for (Map.Entry<MerchantId, List<CartLine>> group : groups.entrySet()) {
            MerchantId merchant = group.getKey();
            Optional<DeliveryAddress> address = choices.get(merchant).address();
            newMerchantOrders.add(new OrderDao.NewMerchantOrder(orderId, number + "-" + (++shopIndex), merchant.value(),
                    choices.get(merchant).method().name(), address.map(DeliveryAddress::recipient).orElse(null),
                    address.map(DeliveryAddress::street).orElse(null), address.map(DeliveryAddress::postalCode).orElse(null),
                    address.map(DeliveryAddress::communeInsee).orElse(null), address.map(DeliveryAddress::phone).orElse(null),
                    address.map(DeliveryAddress::instructions).orElse(null), sum(group.getValue()).minorUnits(),
                    fees.get(merchant).minorUnits(), due.get(merchant).minorUnits(), currency.getCurrencyCode(), clock.instant()));
        }
        long[] merchantOrderKeys = orders.insertMerchantOrders(newMerchantOrders);
        Map<MerchantId, Long> merchantOrderIds = new LinkedHashMap<>();
        List<ReservedOrder.Shop> reserved = new ArrayList<>();
        List<OrderDao.NewOrderLine> lines = new ArrayList<>();
        List<StockMoves.Units> units = new ArrayList<>();
        shopIndex = 0;
        for (Map.Entry<MerchantId, List<CartLine>> group : groups.entrySet()) {
            MerchantId merchant = group.getKey();
            long merchantOrderId = merchantOrderKeys[shopIndex];
            String merchantOrderNumber = newMerchantOrders.get(shopIndex++).number();
            merchantOrderIds.put(merchant, merchantOrderId);
            List<OrderAdjustment> adjustments = basket.adjustments().getOrDefault(merchant, List.of());
            for (int position = 0; position < adjustments.size(); position++) {
                OrderAdjustment adjustment = adjustments.get(position);
                Daos.of(handle, AdjustmentDao.class).insert(merchantOrderId, position, adjustment.label(),
                        adjustment.amount().minorUnits(), adjustment.source());
            }
            reserved.add(new ReservedOrder.Shop(new MerchantOrderId(merchantOrderId), merchant, merchantOrderNumber,
                    due.get(merchant), adjustments));
            int position = 0;
            for (CartLine line : group.getValue()) {
                lines.add(new OrderDao.NewOrderLine(merchantOrderId, position++, line.variantId().value(), line.productId().value(),
                        line.productName(), line.variantLabel(), line.sku(), line.unitPrice().minorUnits(), line.quantity()));
                units.add(new StockMoves.Units(line.variantId().value(), line.productId().value(), line.productName(), line.quantity()));
            }
        }
        orders.insertLines(lines);
        stock.reserve(handle, units, Actor.account(shopper.id().value()));

        PaymentDao payments = Daos.of(handle, PaymentDao.class);
        List<PlannedTender> planned = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            TenderAllocator.Allocation allocation = allocations.get(i);
            Money amount = allocation.total(Money.zero(currency));
            long paymentId = payments.insert(orderId, i, tenderProviders.get(i).id(), capacities.get(i).label(), "{}",
                    amount.minorUnits(), currency.getCurrencyCode(), clock.instant());
            List<Long> shareOrders = new ArrayList<>();
            List<Long> shareAmounts = new ArrayList<>();
            allocation.shares().forEach((merchant, share) -> {
                shareOrders.add(merchantOrderIds.get(merchant));
                shareAmounts.add(share.minorUnits());
            });
            if (!shareOrders.isEmpty()) {
                payments.insertShares(paymentId, shareOrders, shareAmounts);
            }
            planned.add(new PlannedTender(paymentId, tenderProviders.get(i), amount, tenders.get(i).details(), allocation.shares()));
        }
        Daos.of(handle, io.comptoir.engine.core.cart.CartDao.class).deleteLines(cartId);
        if (!hooks.isEmpty()) {
            hooks.reserved(handle, new ReservedOrder(new CustomerOrderId(orderId), number, shopper.id(), total, reserved));
        }
        return new Reservation(orderId, number, planned);
    }

    private FulfilmentChoice choose(MerchantId merchant, FulfilmentOptions options, FulfilmentChoice requested) {
        String field = "fulfilment[" + merchant + "]";
        if (requested == null) {
            if (options.clickAndCollect()) {
                return FulfilmentChoice.collect();
            }
            throw new InvalidInputException(field, "fulfilment_required", "this shop only delivers: give a delivery address");
        }
        if (requested.method() == FulfilmentMethod.CLICK_AND_COLLECT) {
            if (!options.clickAndCollect()) {
                throw new InvalidInputException(field, "fulfilment_not_offered", "this shop does not offer click & collect");
            }
            return requested;
        }
        LocalDelivery delivery = options.delivery().orElseThrow(() ->
                new InvalidInputException(field, "fulfilment_not_offered", "this shop does not deliver"));
        DeliveryAddress address = requested.address().orElseThrow();
        if (address.recipient().isBlank() || address.street().isBlank() || address.recipient().length() > 200
                || address.street().length() > 300 || address.phone().length() > 40 || address.instructions().length() > 500
                || !address.postalCode().matches("[0-9]{5}")) {
            throw new InvalidInputException(field, "invalid_address", "a delivery needs a name, a street and a 5-digit postal code");
        }
        if (!delivery.communes().contains(address.communeInsee())) {
            throw new InvalidInputException(field, "outside_delivery_area", "this shop does not deliver to that commune");
        }
        return requested;
    }

    /**
     * Asks each tender's provider in turn, recording each answer; the first refusal stops. The last answer is recorded in the
     * transaction that settles the order, when it may be settled now, and reads the order the checkout answers with. When
     * every tender is pending it may not: each will be settled by its own confirmation (whose settlement sees the others').
     */
    private Optional<CustomerOrder> authorise(Reservation reservation, CheckoutRequest request, boolean readPending) {
        boolean allPending = true;
        for (int i = 0; i < reservation.tenders().size(); i++) {
            PlannedTender tender = reservation.tenders().get(i);
            String key = authorisationKey(reservation.orderId(), i);
            Authorisation authorisation = new Authorisation(key, new PaymentId(tender.paymentId()), new CustomerOrderId(reservation.orderId()),
                    reservation.number(), request.shopper(), tender.amount(), tender.details(), tender.shares());
            ProviderResult result = OrderSettlement.call(() -> tender.provider().authorise(authorisation));
            Answer answer = new Answer(tender, key, result);
            allPending &= result.outcome() == ProviderResult.Outcome.PENDING;
            if (i == reservation.tenders().size() - 1 || result.outcome() == ProviderResult.Outcome.DECLINED) {
                return answered(reservation.orderId(), Optional.of(answer), !allPending, readPending);
            }
            if (!jdbi.inTransaction(handle -> answer.record(handle, book))) {
                // not recorded: the order was given up meanwhile (this call outlived the reconciliation's patience); its next
                // tenders are not asked
                return answered(reservation.orderId(), Optional.empty(), true, readPending);
            }
        }
        return answered(reservation.orderId(), Optional.empty(), true, readPending);
    }

    /** A provider's answer about a tender, to record. */
    private record Answer(PlannedTender tender, String key, ProviderResult result) {
        /** Records it; false when the tender or its order was given up meanwhile. */
        boolean record(Handle handle, PaymentBook book) {
            return book.answer(handle, tender.paymentId(), PaymentTransaction.Kind.AUTHORISE, tender.amount().minorUnits(), key, result);
        }
    }

    /**
     * In one transaction: records the last answer, if any, settles the order if it may be settled now ({@code settle}, or the
     * answer came too late to be recorded) and reads the order as it then stands, once durable; not when it is left pending
     * and the caller does not want it read ({@code readPending}: it waits for the settlement instead). The order's row is
     * locked before the answer touches its payment: customer_order, then payment, as every transaction that settles
     * ({@link OrderSettlement#lock}); the settlement wakes its waiters only after the commit.
     */
    private Optional<CustomerOrder> answered(long orderId, Optional<Answer> last, boolean settle, boolean readPending) {
        return jdbi.withHandle(handle -> {
            Answered answered = handle.inTransaction(transaction -> {
                Optional<CustomerOrderRow> locked = settlement.lock(transaction, orderId);
                boolean recorded = last.map(answer -> answer.record(transaction, book)).orElse(true);
                boolean decided = (settle || !recorded) && settlement.settle(transaction, locked);
                if (!decided && !readPending) {
                    return new Answered(Optional.empty(), false);
                }
                CustomerOrderRow row = decided ? Daos.of(transaction, OrderDao.class).customerOrder(orderId).orElseThrow() : locked.orElseThrow();
                return new Answered(Optional.of(OrderAssembler.customerOrders(transaction, List.of(row)).get(0)), decided);
            });
            settlement.committed(orderId, answered.decided());
            if (answered.order().isPresent()) {
                durable.await(handle);
            }
            return answered.order();
        });
    }

    /** The order the checkout answers with (empty: left pending, not read), and whether its transaction settled it. */
    private record Answered(Optional<CustomerOrder> order, boolean decided) {
    }

    /**
     * The idempotency key of the authorisation of an order's tender: the same for every call about it, so that a provider
     * can say where it stands after a crash ({@link PaymentReconciliation}).
     */
    static String authorisationKey(long orderId, int position) {
        return "checkout-" + orderId + "-" + position;
    }

    private Money sum(List<CartLine> lines) {
        return lines.stream().map(CartLine::total).reduce(Money.zero(currency), Money::plus);
    }

    private static String describe(CartNotice notice) {
        return switch (notice.kind()) {
            case PRICE_CHANGED -> notice.productName() + ": price now " + notice.currentPrice().orElseThrow();
            case QUANTITY_REDUCED -> notice.productName() + ": only " + notice.currentQuantity() + " left";
            case NO_LONGER_AVAILABLE -> notice.productName() + ": no longer available";
        };
    }

    /** The request as text, to tell a retry (same text) from a different checkout reusing a key. */
    private static String canonical(CheckoutRequest request) {
        StringBuilder text = new StringBuilder().append(request.shopper()).append('|');
        new TreeMap<Long, FulfilmentChoice>(request.fulfilment().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue)))
                .forEach((merchant, choice) -> text.append(merchant).append('=').append(choice).append(';'));
        text.append('|');
        for (TenderRequest tender : request.tenders()) {
            text.append(tender.provider()).append(':').append(tender.amount().map(Money::minorUnits).orElse(-1L)).append(':')
                    .append(new TreeMap<>(tender.details())).append(';');
        }
        return text.toString();
    }
}

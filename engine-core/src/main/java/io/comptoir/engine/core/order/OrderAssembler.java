package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.order.StatusChange;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.core.payment.PaymentDao;
import io.comptoir.engine.core.payment.PaymentRow;
import io.comptoir.engine.core.payment.PaymentStates;
import io.comptoir.engine.core.payment.PaymentWithShare;
import io.comptoir.engine.core.payment.TenderShareRow;
import io.comptoir.engine.core.persistence.Daos;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns order rows into engine-api orders, loading what they hold a kind (or two joined kinds) per query. */
public final class OrderAssembler {
    private OrderAssembler() {
    }

    /** The orders of these rows, each whole, in three more round trips: merchant orders with lines, payments with shares, history. */
    public static List<CustomerOrder> customerOrders(Handle handle, List<CustomerOrderRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(CustomerOrderRow::id).toList();
        Map<Long, CustomerOrderRow> byId = rows.stream().collect(Collectors.toMap(CustomerOrderRow::id, row -> row));
        Map<Long, MerchantOrderRow> merchantRows = new LinkedHashMap<>();
        Map<Long, List<OrderLineRow>> lines = new HashMap<>();
        for (MerchantOrderWithLine joined : Daos.of(handle, OrderDao.class).merchantOrdersWithLinesOf(ids)) {
            merchantRows.putIfAbsent(joined.order().id(), joined.order());
            joined.line().ifPresent(line -> lines.computeIfAbsent(line.merchantOrderId(), k -> new ArrayList<>()).add(line));
        }
        Map<Long, PaymentRow> paymentRows = new LinkedHashMap<>();
        Map<Long, List<TenderShareRow>> shares = new HashMap<>();
        for (PaymentWithShare joined : Daos.of(handle, PaymentDao.class).paymentsWithSharesOf(ids)) {
            paymentRows.putIfAbsent(joined.payment().id(), joined.payment());
            joined.share().ifPresent(share -> shares.computeIfAbsent(share.merchantOrderId(), k -> new ArrayList<>()).add(share));
        }
        Map<Long, List<MerchantOrder>> merchantOrders = assemble(handle, List.copyOf(merchantRows.values()), byId, lines, shares)
                .stream().collect(Collectors.groupingBy(order -> order.customerOrderId().value()));
        Map<Long, List<Payment>> payments = paymentRows.values().stream()
                .map(OrderAssembler::payment).collect(Collectors.groupingBy(payment -> payment.order().value()));
        return rows.stream().map(row -> new CustomerOrder(new CustomerOrderId(row.id()), row.number(), new AccountId(row.shopperId()),
                CustomerOrderStatus.valueOf(row.status()), new Money(row.total(), Currency.getInstance(row.currency())),
                merchantOrders.getOrDefault(row.id(), List.of()), payments.getOrDefault(row.id(), List.of()),
                Optional.ofNullable(row.failureReason()), row.createdAt())).toList();
    }

    public static Payment payment(PaymentRow row) {
        Currency currency = Currency.getInstance(row.currency());
        return new Payment(new PaymentId(row.id()), new CustomerOrderId(row.customerOrderId()), row.position(), row.provider(),
                row.label(), PaymentStates.of(row.status(), row.amount(), row.captured(), row.released(), row.refunded()),
                new Money(row.amount(), currency), new Money(row.captured(), currency), new Money(row.released(), currency),
                new Money(row.refunded(), currency), Optional.ofNullable(row.providerReference()),
                Optional.ofNullable(row.failureReason()), row.createdAt());
    }

    /** Merchant orders with everything they hold; {@code customers} may be empty (then they are loaded). */
    public static List<MerchantOrder> merchantOrders(Handle handle, List<MerchantOrderRow> rows, Map<Long, CustomerOrderRow> customers) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(MerchantOrderRow::id).toList();
        Map<Long, List<OrderLineRow>> lines = Daos.of(handle, OrderDao.class).lines(ids).stream()
                .collect(Collectors.groupingBy(OrderLineRow::merchantOrderId));
        Map<Long, List<TenderShareRow>> shares = Daos.of(handle, PaymentDao.class).sharesOf(ids).stream()
                .collect(Collectors.groupingBy(TenderShareRow::merchantOrderId));
        return assemble(handle, rows, customers, lines, shares);
    }

    /** Merchant orders from their rows, lines and shares (each list in its order), with their history and adjustments. */
    private static List<MerchantOrder> assemble(Handle handle, List<MerchantOrderRow> rows, Map<Long, CustomerOrderRow> customers,
                                                Map<Long, List<OrderLineRow>> lineRows, Map<Long, List<TenderShareRow>> shareRows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        OrderDao dao = Daos.of(handle, OrderDao.class);
        List<Long> ids = rows.stream().map(MerchantOrderRow::id).toList();
        Map<Long, CustomerOrderRow> owners = new HashMap<>(customers);
        rows.stream().map(MerchantOrderRow::customerOrderId).distinct().filter(id -> !owners.containsKey(id))
                .forEach(id -> dao.customerOrder(id).ifPresent(row -> owners.put(id, row)));
        Map<Long, List<StatusChange>> history = new HashMap<>();
        dao.history(ids).forEach(row -> history.computeIfAbsent(row.merchantOrderId(), k -> new ArrayList<>()).add(change(row)));
        Map<Long, List<OrderAdjustment>> adjustments = adjustments(handle, rows);
        return rows.stream().map(row -> {
            Currency currency = Currency.getInstance(row.currency());
            CustomerOrderRow owner = owners.get(row.customerOrderId());
            List<OrderLine> lines = lineRows.getOrDefault(row.id(), List.of()).stream().map(line -> line(line, currency)).toList();
            List<TenderShare> shares = shareRows.getOrDefault(row.id(), List.of()).stream().map(OrderAssembler::share).toList();
            return new MerchantOrder(new MerchantOrderId(row.id()), new CustomerOrderId(row.customerOrderId()), row.number(),
                    new MerchantId(row.merchantId()), row.merchantName(), new AccountId(owner.shopperId()), owner.shopperName(),
                    owner.shopperEmail(), MerchantOrderStatus.valueOf(row.status()), fulfilment(row), lines,
                    new Money(row.subtotal(), currency), new Money(row.deliveryFee(), currency),
                    adjustments.getOrDefault(row.id(), List.of()), new Money(row.total(), currency),
                    new Money(row.refunded(), currency), shares, history.getOrDefault(row.id(), List.of()),
                    row.createdAt());
        }).toList();
    }

    /** The checkout hooks' adjustments, read only for the orders whose total shows some (most have none). */
    static Map<Long, List<OrderAdjustment>> adjustments(Handle handle, List<MerchantOrderRow> rows) {
        List<Long> adjusted = rows.stream().filter(row -> row.total() != row.subtotal() + row.deliveryFee()).map(MerchantOrderRow::id).toList();
        Map<Long, List<OrderAdjustment>> adjustments = new HashMap<>();
        if (adjusted.isEmpty()) {
            return adjustments;
        }
        Map<Long, Currency> currencies = rows.stream().collect(Collectors.toMap(MerchantOrderRow::id, row -> Currency.getInstance(row.currency())));
        Daos.of(handle, AdjustmentDao.class).of(adjusted).forEach(row -> adjustments.computeIfAbsent(row.merchantOrderId(), k -> new ArrayList<>())
                .add(new OrderAdjustment(row.label(), new Money(row.amount(), currencies.get(row.merchantOrderId())), row.source())));
        return adjustments;
    }

    private static OrderLine line(OrderLineRow row, Currency currency) {
        return new OrderLine(new VariantId(row.variantId()), new ProductId(row.productId()), row.productName(), row.variantLabel(),
                row.sku(), new Money(row.unitPrice(), currency), row.quantity());
    }

    static TenderShare share(TenderShareRow row) {
        Currency currency = Currency.getInstance(row.currency());
        return new TenderShare(new PaymentId(row.paymentId()), row.provider(), row.position(), new Money(row.amount(), currency),
                new Money(row.captured(), currency), new Money(row.released(), currency), new Money(row.refunded(), currency));
    }

    private static StatusChange change(HistoryRow row) {
        return new StatusChange(MerchantOrderStatus.valueOf(row.fromStatus()), MerchantOrderStatus.valueOf(row.toStatus()),
                OrderAction.valueOf(row.action()), Actor.parse(row.actor()), row.at(), row.note());
    }

    private static FulfilmentChoice fulfilment(MerchantOrderRow row) {
        if (FulfilmentMethod.valueOf(row.fulfilment()) == FulfilmentMethod.CLICK_AND_COLLECT) {
            return FulfilmentChoice.collect();
        }
        return FulfilmentChoice.deliverTo(new DeliveryAddress(row.recipient(), row.street(), row.postalCode(), row.communeInsee(),
                row.phone(), row.instructions()));
    }
}

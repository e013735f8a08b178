package io.comptoir.app.shopping;

import io.comptoir.app.catalogue.Refs.MerchantRef;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.order.StatusChange;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.Payments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The API's view of a shopper's order: each shop's part with its status, fulfilment, lines, the share of each tender it
 * received and its history; the tenders themselves. Who moved an order is said as {@code shopper}, {@code staff} or
 * {@code system}, never as another person's account id.
 */
public record OrderJson(long id, String number, String status, Money total, Instant createdAt, String failureReason,
                        List<MerchantOrderJson> merchantOrders, List<PaymentJson> payments) {

    public record MerchantOrderJson(long id, String number, MerchantRef merchant, String status, FulfilmentJson fulfilment,
                                    List<LineJson> lines, Money subtotal, Money deliveryFee, List<OrderAdjustment> adjustments,
                                    Money total, Money refunded,
                                    List<TenderShareJson> tenders, List<HistoryJson> history, List<String> allowedActions,
                                    Instant createdAt) {
    }

    /** @param address null for click &amp; collect */
    public record FulfilmentJson(String method, AddressJson address) {
    }

    public record AddressJson(String recipient, String street, String postalCode, String communeInsee, String phone, String instructions) {
        static AddressJson of(DeliveryAddress address) {
            return new AddressJson(address.recipient(), address.street(), address.postalCode(), address.communeInsee(), address.phone(),
                    address.instructions());
        }
    }

    public record LineJson(long variantId, long productId, String productName, String variantLabel, String sku, Money unitPrice,
                           int quantity, Money total) {
        static LineJson of(OrderLine line) {
            return new LineJson(line.variantId().value(), line.productId().value(), line.productName(), line.variantLabel(), line.sku(),
                    line.unitPrice(), line.quantity(), line.total());
        }
    }

    public record TenderShareJson(long paymentId, String provider, String label, int position, Money amount, Money captured,
                                  Money released, Money refunded) {
    }

    /** @param by {@code shopper}, {@code staff} or {@code system} */
    public record HistoryJson(String from, String to, String action, String by, Instant at, String note) {
    }

    /** @param approvalUrl where the shopper approves a pending tender on its processor's page (Stripe Checkout), else null */
    public record PaymentJson(long id, int position, String provider, String label, String status, Money amount, Money captured,
                              Money released, Money refunded, String failureReason, String approvalUrl) {
        static PaymentJson of(Payment payment, Payments payments) {
            String approvalUrl = payments.providers().stream().filter(provider -> provider.id().equals(payment.provider())).findFirst()
                    .flatMap(provider -> provider.approvalUrl(payment)).orElse(null);
            return new PaymentJson(payment.id().value(), payment.position(), payment.provider(), payment.label(), payment.status().name(),
                    payment.amount(), payment.captured(), payment.released(), payment.refunded(), payment.failureReason().orElse(null),
                    approvalUrl);
        }
    }

    /** A page of the shopper's orders, newest first. */
    public record OrderPage(List<OrderJson> items, int page, int size, boolean hasMore) {
    }

    public static OrderJson of(CustomerOrder order, Orders orders, MerchantDirectory merchants, Payments providers, Links links) {
        Map<Long, Payment> payments = order.payments().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        Actor shopper = Actor.account(order.shopper().value());
        return new OrderJson(order.id().value(), order.number(), order.status().name(), order.total(), order.createdAt(),
                order.failureReason().orElse(null),
                order.merchantOrders().stream().map(part -> part(part, payments, orders, merchants, links, shopper)).toList(),
                order.payments().stream().map(payment -> PaymentJson.of(payment, providers)).toList());
    }

    private static MerchantOrderJson part(MerchantOrder part, Map<Long, Payment> payments, Orders orders, MerchantDirectory merchants,
                                          Links links, Actor shopper) {
        Merchant merchant = merchants.require(part.merchantId());
        return new MerchantOrderJson(part.id().value(), part.number(),
                new MerchantRef(merchant.id().value(), merchant.name(), merchant.slug(), links.to(Paths.shop(merchant.id(), merchant.slug()))),
                part.status().name(),
                new FulfilmentJson(part.fulfilment().method().name(), part.fulfilment().address().map(AddressJson::of).orElse(null)),
                part.lines().stream().map(LineJson::of).toList(), part.subtotal(), part.deliveryFee(), part.adjustments(), part.total(),
                part.refunded(),
                part.tenders().stream().map(share -> share(share, payments)).toList(),
                part.history().stream().map(change -> history(change, part.shopper())).toList(),
                orders.allowedActions(part, shopper, true).stream().map(OrderAction::name).sorted().toList(),
                part.createdAt());
    }

    private static TenderShareJson share(TenderShare share, Map<Long, Payment> payments) {
        Payment payment = payments.get(share.payment().value());
        return new TenderShareJson(share.payment().value(), share.provider(), payment == null ? share.provider() : payment.label(),
                share.position(), share.amount(), share.captured(), share.released(), share.refunded());
    }

    private static HistoryJson history(StatusChange change, AccountId shopper) {
        return new HistoryJson(change.from().name(), change.to().name(), change.action().name(), by(change.actor(), shopper), change.at(),
                change.note());
    }

    /** Who moved the order, without naming anyone but the shopper. */
    static String by(Actor actor, AccountId shopper) {
        if (actor.type().equals(Actor.SYSTEM)) {
            return "system";
        }
        return actor.id().equals(Long.toString(shopper.value())) ? "shopper" : "staff";
    }
}

package io.comptoir.app.shopping;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.StatusChange;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.territory.Commune;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Turns a shopper's orders into what their pages show, in the page's language. One per request: it remembers the shops it read. */
final class OrderCards {
    private final Marketplace marketplace;
    private final Map<MerchantId, Merchant> merchants = new HashMap<>();

    OrderCards(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    OrderView.Card card(CustomerOrder order, Page page) {
        Map<Long, Payment> payments = order.payments().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        Actor shopper = Actor.account(order.shopper().value());
        String tone = switch (order.status()) {
            case PENDING_PAYMENT -> "pending";
            case PLACED -> "ok";
            case PAYMENT_FAILED -> "failed";
        };
        return new OrderView.Card(order.id().value(), order.number(), OrderPath.of(order.id()),
                page.t("order.customerStatus." + order.status().name()), tone, when(order.createdAt(), page), order.total(),
                order.status() == CustomerOrderStatus.PENDING_PAYMENT, order.status() == CustomerOrderStatus.PAYMENT_FAILED,
                order.failureReason().orElse(""),
                order.merchantOrders().stream().map(part -> part(part, payments, shopper, page)).toList(),
                order.payments().stream().map(payment -> new OrderView.PaymentLine(payment.label(), payment.amount(),
                        page.t("payment.status." + payment.status().name()))).toList(),
                // a shopper back from the processor's page without paying may go there again
                order.status() == CustomerOrderStatus.PENDING_PAYMENT ? new Tenders(marketplace.payments()).approvalUrl(order.id())
                        : Optional.empty());
    }

    private OrderView.Part part(MerchantOrder part, Map<Long, Payment> payments, Actor shopper, Page page) {
        Merchant merchant = merchants.computeIfAbsent(part.merchantId(), id -> marketplace.merchants().require(id));
        boolean collect = part.fulfilment().method() == FulfilmentMethod.CLICK_AND_COLLECT;
        List<String> place = collect
                ? List.of(merchant.address().street(), merchant.address().postalCode() + " " + communeName(merchant.address().communeInsee()))
                : part.fulfilment().address().map(address -> deliveryLines(address)).orElse(List.of());
        return new OrderView.Part(part.id().value(), part.number(), merchant.name(), Paths.shop(merchant.id(), merchant.slug()),
                page.t("order.status." + part.status().name()), tone(part.status()),
                page.t(collect ? "order.fulfilment.collect" : "order.fulfilment.delivery"), place,
                part.lines().stream().map(line -> new OrderView.Line(line.productName(), line.variantLabel(),
                        "/produits/" + line.productId().value(), line.quantity(), line.unitPrice(), line.total())).toList(),
                part.subtotal(), part.deliveryFee(), part.adjustments(), part.total(), part.refunded(),
                part.tenders().stream().map(share -> share(share, payments, page)).toList(),
                part.history().stream().map(change -> step(change, part, page)).toList(),
                marketplace.orders().allowedActions(part, shopper, true).contains(OrderAction.CANCEL));
    }

    private List<String> deliveryLines(DeliveryAddress address) {
        return List.of(address.recipient(), address.street(), address.postalCode() + " " + communeName(address.communeInsee()));
    }

    private static String tone(MerchantOrderStatus status) {
        return switch (status) {
            case PENDING_PAYMENT -> "pending";
            case CANCELLED, REFUNDED -> "failed";
            case COLLECTED, DELIVERED -> "done";
            default -> "ok";
        };
    }

    private static OrderView.Share share(TenderShare share, Map<Long, Payment> payments, Page page) {
        Payment payment = payments.get(share.payment().value());
        String label = payment == null ? share.provider() : payment.label();
        boolean atPickup = share.provider().equals(Tenders.PAY_AT_PICKUP);
        String state;
        if (payment != null && (payment.status() == PaymentStatus.FAILED || payment.status() == PaymentStatus.PENDING && !atPickup)) {
            // nothing was authorised yet, or the bank refused: the share says what its payment says
            state = page.t("payment.status." + payment.status().name());
        }
        else if (share.refunded().isPositive()) {
            state = page.t("order.share.refunded", page.money(share.refunded()));
        }
        else if (share.released().compareTo(share.amount()) >= 0) {
            state = page.t("order.share.released");
        }
        else if (share.captured().compareTo(share.amount()) >= 0) {
            state = page.t(atPickup ? "order.share.paidAtShop" : "order.share.captured");
        }
        else {
            state = page.t(atPickup ? "order.share.dueAtPickup" : "order.share.authorised");
        }
        return new OrderView.Share(label, share.amount(), state);
    }

    private static OrderView.Step step(StatusChange change, MerchantOrder part, Page page) {
        String what = switch (change.action()) {
            case MARK_PAID -> page.t("order.history.paid");
            case REFUND -> page.t("order.history.refunded");
            default -> page.t("order.status." + change.to().name());
        };
        return new OrderView.Step(when(change.at(), page), what, page.t("order.by." + OrderJson.by(change.actor(), part.shopper())),
                change.paymentRefused() ? page.t("order.history.paymentRefused") : change.note());
    }

    static String when(Instant at, Page page) {
        return DateTimeFormatter.ofPattern(page.t("order.date.pattern"), page.i18n().locale()).format(at.atZone(page.zone()));
    }

    private String communeName(String insee) {
        return marketplace.territory().commune(insee).map(Commune::name).orElse(insee);
    }
}

package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.order.StatusChange;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.territory.Commune;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A merchant order with everything the shop needs to fulfil it, and the forms of the moves it may make now (none in
 * the territory's read-only view).
 *
 * @param moves simple moves (accept, ready, collected...) as buttons
 * @param canRefund whether the refund form is shown; {@code refundAmount} is its prefilled amount
 * @param canCancel whether the cancellation form (with its note) is shown
 * @param amount, note what the user typed, kept when the page comes back with a problem
 */
public record OrderDetailView(BackOfficeFrame frame, MerchantOrder order, Badge status, String actionUrl, List<Move> moves,
                              boolean canRefund, String refundAmount, boolean canCancel, String amount, String note,
                              String receivedAt, String fulfilment, Optional<String> deliveryAddress, List<Line> lines,
                              List<Tender> tenders, List<Step> history, Optional<String> shopUrl) {
    public OrderDetailView {
        moves = List.copyOf(moves);
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
        history = List.copyOf(history);
    }

    /** A button; {@code primary} for the move the shop is expected to make next. */
    public record Move(String action, String label, boolean primary) {
    }

    public record Line(String product, String variant, String sku, int quantity, String unitPrice, String total) {
    }

    public record Tender(String label, String amount, String captured, String released, String refunded) {
    }

    public record Step(String at, String atIso, String from, String to, String action, String who, String note) {
    }

    private static final List<OrderAction> MOVE_ORDER = List.of(OrderAction.ACCEPT, OrderAction.MARK_READY, OrderAction.SEND_OUT,
            OrderAction.MARK_DELIVERED, OrderAction.MARK_COLLECTED, OrderAction.MARK_PAID);

    /**
     * @param allowed the moves to offer (empty for a read-only view)
     */
    public static OrderDetailView of(BackOfficeFrame frame, Marketplace marketplace, MerchantOrder order, Set<OrderAction> allowed,
                                     String actionUrl, String amount, String note, Optional<String> shopUrl) {
        Page page = frame.page();
        List<Move> moves = MOVE_ORDER.stream().filter(allowed::contains)
                .map(action -> new Move(action.name(), StatusBadges.action(page, action), action != OrderAction.MARK_PAID)).toList();
        boolean first = true;
        List<Move> marked = new java.util.ArrayList<>();
        for (Move move : moves) {
            marked.add(new Move(move.action(), move.label(), first && move.primary()));
            first = false;
        }
        Map<Long, String> labels = new HashMap<>();
        marketplace.orders().customerOrder(order.customerOrderId())
                .ifPresent(customer -> customer.payments().forEach(payment -> labels.put(payment.id().value(), labelOf(payment))));
        List<Tender> tenders = order.tenders().stream().map(share -> tender(page, share, labels)).toList();
        Map<String, String> names = new HashMap<>();
        List<Step> history = order.history().stream().map(change -> step(page, marketplace, order, change, names)).toList();
        List<Line> lines = order.lines().stream().map(line -> line(page, line)).toList();
        Optional<String> address = order.fulfilment().address().map(a -> address(marketplace, a));
        return new OrderDetailView(frame, order, StatusBadges.order(page, order.status()), actionUrl, marked,
                allowed.contains(OrderAction.REFUND), plain(order.refundable().toDecimal().toPlainString(), page),
                allowed.contains(OrderAction.CANCEL), amount, note, Formats.dateTime(page, order.createdAt()),
                page.t(order.fulfilment().method() == FulfilmentMethod.CLICK_AND_COLLECT ? "bo.order.collect.long" : "bo.order.delivery.long"),
                address, lines, tenders, history, shopUrl);
    }

    private static String labelOf(Payment payment) {
        return payment.label().isBlank() ? payment.provider() : payment.label();
    }

    /** An amount as people type it in this language: "12,50" in French. */
    private static String plain(String decimal, Page page) {
        return page.lang().equals("fr") ? decimal.replace('.', ',') : decimal;
    }

    private static Tender tender(Page page, TenderShare share, Map<Long, String> labels) {
        return new Tender(labels.getOrDefault(share.payment().value(), share.provider()), page.money(share.amount()),
                page.money(share.captured()), page.money(share.released()), page.money(share.refunded()));
    }

    private static Line line(Page page, OrderLine line) {
        return new Line(line.productName(), line.variantLabel(), line.sku(), line.quantity(), page.money(line.unitPrice()),
                page.money(line.total()));
    }

    private static String address(Marketplace marketplace, DeliveryAddress address) {
        String commune = marketplace.territory().commune(address.communeInsee()).map(Commune::name).orElse(address.communeInsee());
        StringBuilder text = new StringBuilder(address.recipient()).append('\n').append(address.street()).append('\n')
                .append(address.postalCode()).append(' ').append(commune);
        if (!address.phone().isBlank()) {
            text.append('\n').append(address.phone());
        }
        if (!address.instructions().isBlank()) {
            text.append('\n').append(address.instructions());
        }
        return text.toString();
    }

    private static Step step(Page page, Marketplace marketplace, MerchantOrder order, StatusChange change, Map<String, String> names) {
        String who = names.computeIfAbsent(change.actor().toString(), key -> who(page, marketplace, order, change.actor()));
        return new Step(Formats.dateTime(page, change.at()), Formats.iso(page, change.at()),
                page.t("bo.order.status." + change.from().name()), page.t("bo.order.status." + change.to().name()),
                StatusBadges.action(page, change.action()), who,
                change.paymentRefused() ? page.t("bo.order.paymentRefused") : change.note());
    }

    private static String who(Page page, Marketplace marketplace, MerchantOrder order, Actor actor) {
        if (!actor.type().equals(Actor.ACCOUNT)) {
            return page.t("bo.order.actor.system");
        }
        long id;
        try {
            id = Long.parseLong(actor.id());
        }
        catch (NumberFormatException e) {
            return actor.id();
        }
        if (id == order.shopper().value()) {
            return page.t("bo.order.actor.customer", order.shopperName());
        }
        return marketplace.accounts().account(new AccountId(id)).map(account -> account.displayName()).orElse(actor.id());
    }

    public MerchantId shop() {
        return order.merchantId();
    }
}

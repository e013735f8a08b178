package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/**
 * Tells shoppers and shops about their orders by mail, from the order events of the outbox: so a mail goes out for
 * every committed move, and never for one that was rolled back. A shopper is written to in the language of their
 * account (French for a guest), a shop in the language of the account at its contact address (French without one).
 * Idempotence comes from the events' subscription (delivered once in normal runs; a redelivery after a crash may send a
 * mail twice, which is harmless).
 */
@Singleton
public final class OrderMails implements DomainEventListener {
    public static final String SUBSCRIPTION = "engine.order-mails";
    private static final Set<String> TYPES = Set.of("customer_order.placed", "customer_order.payment_failed", "merchant_order.placed",
            "merchant_order.ready_for_pickup", "merchant_order.cancelled", "merchant_order.refunded");
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.engine.core.order.mails", OrderMails.class);

    private final Orders orders;
    private final MerchantDirectory merchants;
    private final Territory territory;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    /**
     * The order the last "placed" mail was written from. A placement publishes each shop's {@code merchant_order.placed}
     * (which names the customer order) then the order's {@code customer_order.placed}, delivered one after the other: one
     * read of the whole order serves all of them, and what those mails say does not change once the order is placed.
     */
    private final AtomicReference<CustomerOrder> placed = new AtomicReference<>();

    @Inject
    public OrderMails(Orders orders, MerchantDirectory merchants, Territory territory, AccountDirectory accounts, Mailer mailer) {
        this.orders = requireNonNull(orders, "orders is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
    }

    /** The language of the shopper who placed the order. */
    private Locale shopperLanguage(MerchantOrder order) {
        return MailTexts.languageOf(accounts, order.shopperEmail());
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        switch (event.type()) {
            case "customer_order.placed" -> placedOrder(Long.parseLong(event.aggregateId())).ifPresent(this::confirm);
            case "merchant_order.placed" -> {
                long id = Long.parseLong(event.aggregateId());
                Optional<MerchantOrder> part = event.get(EngineEvents.MerchantOrders.CUSTOMER_ORDER_ID)
                        .flatMap(customerOrderId -> placedOrder(Long.parseLong(customerOrderId)))
                        .flatMap(order -> order.merchantOrders().stream().filter(candidate -> candidate.id().value() == id).findFirst());
                (part.isPresent() ? part : orders.merchantOrder(new MerchantOrderId(id))).ifPresent(this::notifyShop);
            }
            case "customer_order.payment_failed" -> orders.customerOrder(new CustomerOrderId(Long.parseLong(event.aggregateId())))
                    .ifPresent(order -> paymentFailed(order, event.get("reason").orElse("")));
            default -> orders.merchantOrder(new MerchantOrderId(Long.parseLong(event.aggregateId()))).ifPresent(order -> {
                switch (event.type()) {
                    case "merchant_order.ready_for_pickup" -> ready(order);
                    case "merchant_order.cancelled" -> {
                        if (!"payment_failed".equals(event.get("reason").orElse(""))) {
                            cancelled(order);
                        }
                    }
                    case "merchant_order.refunded" -> refunded(order, Long.parseLong(event.get("amount").orElse("0")));
                    default -> {
                    }
                }
            });
        }
    }

    /** The placed order, read once for all its "placed" mails. */
    private Optional<CustomerOrder> placedOrder(long customerOrderId) {
        CustomerOrder last = placed.get();
        if (last != null && last.id().value() == customerOrderId) {
            return Optional.of(last);
        }
        Optional<CustomerOrder> read = orders.customerOrder(new CustomerOrderId(customerOrderId));
        read.ifPresent(placed::set);
        return read;
    }

    private void confirm(CustomerOrder order) {
        MerchantOrder first = order.merchantOrders().get(0);
        Locale language = shopperLanguage(first);
        StringBuilder body = new StringBuilder(format(language, "placed.intro", first.shopperName(), order.number())).append("\n\n");
        for (MerchantOrder part : order.merchantOrders()) {
            body.append(part.merchantName()).append('\n');
            appendLines(body, part, language);
            body.append(handover(part, language)).append('\n');
            if (part.deliveryFee().isPositive()) {
                body.append(format(language, "delivery.fee", money(language, part.deliveryFee()))).append('\n');
            }
            body.append(format(language, "shop.total", part.merchantName(), money(language, part.total()))).append("\n\n");
        }
        body.append(format(language, "order.total", money(language, order.total()))).append("\n\n").append(format(language, "placed.outro"));
        mailer.send(HtmlMail.of(first.shopperEmail(), format(language, "placed.subject", order.number()), body.toString(), "order_placed", language));
    }

    private void notifyShop(MerchantOrder order) {
        Merchant shop = merchants.require(order.merchantId());
        if (shop.contact().email().isEmpty()) {
            return;
        }
        Locale language = MailTexts.languageOf(accounts, shop.contact().email());
        StringBuilder body = new StringBuilder(format(language, "shop.intro", order.number(), order.shopperName(), order.shopperEmail())).append("\n\n");
        appendLines(body, order, language);
        body.append(handover(order, language)).append('\n').append(format(language, "shop.total", order.number(), money(language, order.total()))).append("\n\n")
                .append(format(language, "shop.outro"));
        mailer.send(HtmlMail.of(shop.contact().email(), format(language, "shop.subject", order.number()), body.toString(), "merchant_order_placed", language));
    }

    private void ready(MerchantOrder order) {
        Locale language = shopperLanguage(order);
        Merchant shop = merchants.require(order.merchantId());
        String hours = shop.openingHours().isEmpty() ? format(language, "closed") : shop.openingHours().toText();
        mailer.send(HtmlMail.of(order.shopperEmail(), format(language, "ready.subject", order.number()), format(language, "ready.body", order.shopperName(),
                order.number(), shop.name(), shop.address().street(), shop.address().postalCode(), communeName(shop.address().communeInsee()),
                hours), "order_ready", language));
    }

    private void cancelled(MerchantOrder order) {
        Locale language = shopperLanguage(order);
        String note = order.history().isEmpty() ? "" : order.history().get(order.history().size() - 1).note();
        mailer.send(HtmlMail.of(order.shopperEmail(), format(language, "cancelled.subject", order.number()), format(language, "cancelled.body", order.shopperName(),
                order.number(), order.merchantName(), note.isEmpty() ? "" : format(language, "cancelled.note", note)), "order_cancelled", language));
    }

    private void refunded(MerchantOrder order, long amount) {
        Locale language = shopperLanguage(order);
        String note = order.history().isEmpty() ? "" : order.history().get(order.history().size() - 1).note();
        mailer.send(HtmlMail.of(order.shopperEmail(), format(language, "refunded.subject", order.number()), format(language, "refunded.body", order.shopperName(),
                order.number(), order.merchantName(), money(language, new Money(amount, order.total().currency())),
                note.isEmpty() ? "" : format(language, "cancelled.note", note)), "order_refunded", language));
    }

    private void paymentFailed(CustomerOrder order, String reason) {
        if (order.merchantOrders().isEmpty()) {
            return;
        }
        MerchantOrder first = order.merchantOrders().get(0);
        Locale language = shopperLanguage(first);
        mailer.send(HtmlMail.of(first.shopperEmail(), format(language, "failed.subject", order.number()),
                format(language, "failed.body", first.shopperName(), order.number(), reason), "order_payment_failed", language));
    }

    private void appendLines(StringBuilder body, MerchantOrder order, Locale language) {
        for (OrderLine line : order.lines()) {
            body.append(format(language, "line", line.quantity(), line.productName(), line.variantLabel().isEmpty() ? "" : " (" + line.variantLabel() + ")",
                    money(language, line.total()))).append('\n');
        }
        for (OrderAdjustment adjustment : order.adjustments()) {
            body.append(format(language, "adjustment", adjustment.label(), money(language, adjustment.amount()))).append('\n');
        }
    }

    private String handover(MerchantOrder order, Locale language) {
        if (order.fulfilment().method() == FulfilmentMethod.CLICK_AND_COLLECT) {
            Merchant shop = merchants.require(order.merchantId());
            String hours = shop.openingHours().isEmpty() ? format(language, "closed") : shop.openingHours().toText();
            return format(language, "collect", shop.address().street(), shop.address().postalCode(), communeName(shop.address().communeInsee()))
                    + "\n" + format(language, "collect.hours", hours);
        }
        DeliveryAddress address = order.fulfilment().address().orElseThrow();
        return format(language, "delivery", address.street(), address.postalCode() + " " + communeName(address.communeInsee()));
    }

    private String communeName(String insee) {
        return territory.commune(insee).map(Commune::name).orElse(insee);
    }

    private static String money(Locale language, Money amount) {
        return amount.format(MailTexts.formatting(language));
    }

    private static String format(Locale language, String key, Object... arguments) {
        return TEXTS.format(language, key, arguments);
    }
}

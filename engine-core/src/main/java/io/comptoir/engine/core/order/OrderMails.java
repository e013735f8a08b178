package io.comptoir.engine.core.order;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.mail.Mail;
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
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Tells shoppers and shops about their orders by mail, from the order events of the outbox: so a mail goes out for
 * every committed move, and never for one that was rolled back. Idempotence comes from the events' subscription
 * (delivered once in normal runs; a redelivery after a crash may send a mail twice, which is harmless).
 */
@Singleton
public final class OrderMails implements DomainEventListener {
    public static final String SUBSCRIPTION = "engine.order-mails";
    private static final Set<String> TYPES = Set.of("customer_order.placed", "customer_order.payment_failed", "merchant_order.placed",
            "merchant_order.ready_for_pickup", "merchant_order.cancelled", "merchant_order.refunded");
    private static final Locale FRENCH = Locale.FRANCE;

    private final Orders orders;
    private final MerchantDirectory merchants;
    private final Territory territory;
    private final Mailer mailer;
    private final ResourceBundle text = ResourceBundle.getBundle("io.comptoir.engine.core.order.mails", Locale.ROOT);

    @Inject
    public OrderMails(Orders orders, MerchantDirectory merchants, Territory territory, Mailer mailer) {
        this.orders = requireNonNull(orders, "orders is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        switch (event.type()) {
            case "customer_order.placed" -> orders.customerOrder(new CustomerOrderId(Long.parseLong(event.aggregateId()))).ifPresent(this::confirm);
            case "customer_order.payment_failed" -> orders.customerOrder(new CustomerOrderId(Long.parseLong(event.aggregateId())))
                    .ifPresent(order -> paymentFailed(order, event.get("reason").orElse("")));
            default -> orders.merchantOrder(new MerchantOrderId(Long.parseLong(event.aggregateId()))).ifPresent(order -> {
                switch (event.type()) {
                    case "merchant_order.placed" -> notifyShop(order);
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

    private void confirm(CustomerOrder order) {
        MerchantOrder first = order.merchantOrders().get(0);
        StringBuilder body = new StringBuilder(format("placed.intro", first.shopperName(), order.number())).append("\n\n");
        for (MerchantOrder part : order.merchantOrders()) {
            body.append(part.merchantName()).append('\n');
            appendLines(body, part);
            body.append(handover(part)).append('\n');
            if (part.deliveryFee().isPositive()) {
                body.append(format("delivery.fee", money(part.deliveryFee()))).append('\n');
            }
            body.append(format("shop.total", part.merchantName(), money(part.total()))).append("\n\n");
        }
        body.append(format("order.total", money(order.total()))).append("\n\n").append(format("placed.outro"));
        mailer.send(new Mail(first.shopperEmail(), format("placed.subject", order.number()), body.toString(), "order_placed"));
    }

    private void notifyShop(MerchantOrder order) {
        Merchant shop = merchants.require(order.merchantId());
        if (shop.contact().email().isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder(format("shop.intro", order.number(), order.shopperName(), order.shopperEmail())).append("\n\n");
        appendLines(body, order);
        body.append(handover(order)).append('\n').append(format("shop.total", order.number(), money(order.total()))).append("\n\n")
                .append(format("shop.outro"));
        mailer.send(new Mail(shop.contact().email(), format("shop.subject", order.number()), body.toString(), "merchant_order_placed"));
    }

    private void ready(MerchantOrder order) {
        Merchant shop = merchants.require(order.merchantId());
        String hours = shop.openingHours().isEmpty() ? format("closed") : shop.openingHours().toText();
        mailer.send(new Mail(order.shopperEmail(), format("ready.subject", order.number()), format("ready.body", order.shopperName(),
                order.number(), shop.name(), shop.address().street(), shop.address().postalCode(), communeName(shop.address().communeInsee()),
                hours), "order_ready"));
    }

    private void cancelled(MerchantOrder order) {
        String note = order.history().isEmpty() ? "" : order.history().get(order.history().size() - 1).note();
        mailer.send(new Mail(order.shopperEmail(), format("cancelled.subject", order.number()), format("cancelled.body", order.shopperName(),
                order.number(), order.merchantName(), note.isEmpty() ? "" : format("cancelled.note", note)), "order_cancelled"));
    }

    private void refunded(MerchantOrder order, long amount) {
        String note = order.history().isEmpty() ? "" : order.history().get(order.history().size() - 1).note();
        mailer.send(new Mail(order.shopperEmail(), format("refunded.subject", order.number()), format("refunded.body", order.shopperName(),
                order.number(), order.merchantName(), money(new Money(amount, order.total().currency())),
                note.isEmpty() ? "" : format("cancelled.note", note)), "order_refunded"));
    }

    private void paymentFailed(CustomerOrder order, String reason) {
        if (order.merchantOrders().isEmpty()) {
            return;
        }
        MerchantOrder first = order.merchantOrders().get(0);
        mailer.send(new Mail(first.shopperEmail(), format("failed.subject", order.number()),
                format("failed.body", first.shopperName(), order.number(), reason), "order_payment_failed"));
    }

    private void appendLines(StringBuilder body, MerchantOrder order) {
        for (OrderLine line : order.lines()) {
            body.append(format("line", line.quantity(), line.productName(), line.variantLabel().isEmpty() ? "" : " (" + line.variantLabel() + ")",
                    money(line.total()))).append('\n');
        }
        for (OrderAdjustment adjustment : order.adjustments()) {
            body.append(format("adjustment", adjustment.label(), money(adjustment.amount()))).append('\n');
        }
    }

    private String handover(MerchantOrder order) {
        if (order.fulfilment().method() == FulfilmentMethod.CLICK_AND_COLLECT) {
            Merchant shop = merchants.require(order.merchantId());
            String hours = shop.openingHours().isEmpty() ? format("closed") : shop.openingHours().toText();
            return format("collect", shop.address().street(), shop.address().postalCode(), communeName(shop.address().communeInsee()))
                    + "\n" + format("collect.hours", hours);
        }
        DeliveryAddress address = order.fulfilment().address().orElseThrow();
        return format("delivery", address.street(), address.postalCode() + " " + communeName(address.communeInsee()));
    }

    private String communeName(String insee) {
        return territory.commune(insee).map(Commune::name).orElse(insee);
    }

    private static String money(Money amount) {
        return amount.format(FRENCH);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), FRENCH).format(arguments);
    }
}

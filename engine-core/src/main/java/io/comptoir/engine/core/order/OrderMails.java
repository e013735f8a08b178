package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventBatchException;
import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailRefusedException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Tells shoppers and shops about their orders by mail, from the order events of the outbox: so a mail goes out for
 * every committed move, and never for one that was rolled back. A shopper is written to in the language of their
 * account (French for a guest), a shop in the language of the account at its contact address (French without one).
 * Idempotence comes from the events' subscription (delivered once in normal runs; a redelivery after a crash may send a
 * mail twice, which is harmless). A mail the mailer refuses for good ({@link MailRefusedException}) is skipped, with a
 * warning naming the order: it would never go, and would hold back every later order's mails.
 */
@Singleton
public final class OrderMails implements DomainEventListener {
    private static final Logger log = LoggerFactory.getLogger(OrderMails.class);
    public static final String SUBSCRIPTION = "engine.order-mails";
    private static final Set<String> TYPES = Set.of("customer_order.placed", "customer_order.payment_failed", "merchant_order.placed",
            "merchant_order.ready_for_pickup", "merchant_order.cancelled", "merchant_order.refunded");
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.engine.core.order.mails", OrderMails.class);

    private final Orders orders;
    private final MerchantDirectory merchants;
    private final Territory territory;
    private final AccountDirectory accounts;
    private final Mailer mailer;

    @Inject
    public OrderMails(Orders orders, MerchantDirectory merchants, Territory territory, AccountDirectory accounts, Mailer mailer) {
        this.orders = requireNonNull(orders, "orders is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) throws Exception {
        try {
            onEvents(List.of(event));
        }
        catch (EventBatchException e) {   // the event's own failure, for the subscription's error and the parked event
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * The mails of a batch of events, written together: the placed orders the batch names are read at once (a placement
     * publishes each shop's {@code merchant_order.placed}, which names the customer order, then the order's
     * {@code customer_order.placed}: one read serves all their mails, and what those mails say does not change once the
     * order is placed), each address's language is looked up once, and the mails go to the outbox in one write. When an
     * event's mail cannot be written, the mails of the events before it are sent and that event is named as failed.
     */
    @Override
    public void onEvents(List<DomainEvent> events) throws EventBatchException {
        Batch batch = new Batch(placedOrders(events));
        List<EventMail> mails = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            try {
                mails(event, batch).forEach(mail -> mails.add(new EventMail(event, mail)));
            }
            catch (RuntimeException e) {
                try {
                    send(mails);
                }
                catch (RuntimeException unsent) {
                    e.addSuppressed(unsent);
                    throw e;
                }
                throw new EventBatchException(i, e);
            }
        }
        send(mails);
    }

    /** A mail, with the event it tells of. */
    private record EventMail(DomainEvent event, Mail mail) {
    }

    /**
     * Writes the mails at once. When the mailer refuses one for good (a shop's contact address it cannot write to), writes
     * them one by one and skips the refused ones with a warning: retrying would meet the same refusal twelve times, holding
     * back every later order's mails meanwhile. Correcting the address is the shop's business; a failure that may pass still
     * fails the events, to be retried.
     */
    private void send(List<EventMail> mails) {
        try {
            mailer.sendAll(mails.stream().map(EventMail::mail).toList());
        }
        catch (MailRefusedException refused) {
            for (EventMail mail : mails) {
                try {
                    mailer.send(mail.mail());
                }
                catch (MailRefusedException e) {
                    log.warn("Mail {} \"{}\" of event {} {} not sent, the mailer refuses it for good: {}", mail.mail().kind(),
                            mail.mail().subject(), mail.event().type(), mail.event().aggregateId(), e.getMessage());
                }
            }
        }
    }

    /**
     * What a batch reads once for all its mails: the placed orders it names, and the language of each address (of the
     * placed orders' shoppers and shops in one read, of the others when first needed).
     */
    private final class Batch {
        private final Map<Long, CustomerOrder> placed;
        private final Map<String, Locale> languages = new HashMap<>();

        Batch(Map<Long, CustomerOrder> placed) {
            this.placed = placed;
            Set<String> addresses = new HashSet<>();
            for (CustomerOrder order : placed.values()) {
                for (MerchantOrder part : order.merchantOrders()) {
                    addresses.add(part.shopperEmail());
                    merchants.merchant(part.merchantId()).map(shop -> shop.contact().email()).filter(email -> !email.isEmpty())
                            .ifPresent(addresses::add);
                }
            }
            if (!addresses.isEmpty()) {
                Map<String, Account> found = accounts.accountsByEmail(addresses);
                addresses.forEach(address -> languages.put(address, Optional.ofNullable(found.get(address)).map(Account::language)
                        .orElse(Account.DEFAULT_LANGUAGE)));
            }
        }

        Locale languageOf(String email) {
            return languages.computeIfAbsent(email, address -> MailTexts.languageOf(accounts, address));
        }

        Optional<CustomerOrder> placed(long customerOrderId) {
            CustomerOrder order = placed.get(customerOrderId);
            return order != null ? Optional.of(order) : orders.customerOrder(new CustomerOrderId(customerOrderId));
        }
    }

    private Map<Long, CustomerOrder> placedOrders(List<DomainEvent> events) {
        List<CustomerOrderId> ids = events.stream().map(event -> switch (event.type()) {
            case "customer_order.placed" -> Optional.of(event.aggregateId());
            case "merchant_order.placed" -> event.get(EngineEvents.MerchantOrders.CUSTOMER_ORDER_ID);
            default -> Optional.<String>empty();
        }).flatMap(Optional::stream).map(id -> new CustomerOrderId(Long.parseLong(id))).toList();
        Map<Long, CustomerOrder> read = new HashMap<>();
        orders.customerOrders(ids).forEach(order -> read.put(order.id().value(), order));
        return read;
    }

    private List<Mail> mails(DomainEvent event, Batch batch) {
        return switch (event.type()) {
            case "customer_order.placed" -> batch.placed(Long.parseLong(event.aggregateId())).map(order -> confirm(order, batch)).stream().toList();
            case "merchant_order.placed" -> {
                long id = Long.parseLong(event.aggregateId());
                Optional<MerchantOrder> part = event.get(EngineEvents.MerchantOrders.CUSTOMER_ORDER_ID)
                        .flatMap(customerOrderId -> batch.placed(Long.parseLong(customerOrderId)))
                        .flatMap(order -> order.merchantOrders().stream().filter(candidate -> candidate.id().value() == id).findFirst());
                yield (part.isPresent() ? part : orders.merchantOrder(new MerchantOrderId(id))).flatMap(order -> notifyShop(order, batch))
                        .stream().toList();
            }
            case "customer_order.payment_failed" -> orders.customerOrder(new CustomerOrderId(Long.parseLong(event.aggregateId())))
                    .flatMap(order -> paymentFailed(order, event.get("reason").orElse(""), batch)).stream().toList();
            default -> orders.merchantOrder(new MerchantOrderId(Long.parseLong(event.aggregateId()))).flatMap(order -> switch (event.type()) {
                case "merchant_order.ready_for_pickup" -> Optional.of(ready(order, batch));
                case "merchant_order.cancelled" -> "payment_failed".equals(event.get("reason").orElse(""))
                        ? Optional.<Mail>empty() : Optional.of(cancelled(order, batch));
                case "merchant_order.refunded" -> Optional.of(refunded(order, Long.parseLong(event.get("amount").orElse("0")), batch));
                default -> Optional.<Mail>empty();
            }).stream().toList();
        };
    }

    private Mail confirm(CustomerOrder order, Batch batch) {
        MerchantOrder first = order.merchantOrders().get(0);
        Locale language = batch.languageOf(first.shopperEmail());
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
        return HtmlMail.of(first.shopperEmail(), format(language, "placed.subject", order.number()), body.toString(), "order_placed", language);
    }

    private Optional<Mail> notifyShop(MerchantOrder order, Batch batch) {
        Merchant shop = merchants.require(order.merchantId());
        if (shop.contact().email().isEmpty()) {
            return Optional.empty();
        }
        Locale language = batch.languageOf(shop.contact().email());
        StringBuilder body = new StringBuilder(format(language, "shop.intro", order.number(), order.shopperName(), order.shopperEmail())).append("\n\n");
        appendLines(body, order, language);
        body.append(handover(order, language)).append('\n').append(format(language, "shop.total", order.number(), money(language, order.total()))).append("\n\n")
                .append(format(language, "shop.outro"));
        return Optional.of(HtmlMail.of(shop.contact().email(), format(language, "shop.subject", order.number()), body.toString(),
                "merchant_order_placed", language));
    }

    private Mail ready(MerchantOrder order, Batch batch) {
        Locale language = batch.languageOf(order.shopperEmail());
        Merchant shop = merchants.require(order.merchantId());
        String hours = shop.openingHours().isEmpty() ? format(language, "closed") : shop.openingHours().toText();
        return HtmlMail.of(order.shopperEmail(), format(language, "ready.subject", order.number()), format(language, "ready.body", order.shopperName(),
                order.number(), shop.name(), shop.address().street(), shop.address().postalCode(), communeName(shop.address().communeInsee()),
                hours), "order_ready", language);
    }

    private Mail cancelled(MerchantOrder order, Batch batch) {
        Locale language = batch.languageOf(order.shopperEmail());
        String note = order.history().isEmpty() ? "" : order.history().get(order.history().size() - 1).note();
        return HtmlMail.of(order.shopperEmail(), format(language, "cancelled.subject", order.number()), format(language, "cancelled.body", order.shopperName(),
                order.number(), order.merchantName(), note.isEmpty() ? "" : format(language, "cancelled.note", note)), "order_cancelled", language);
    }

    private Mail refunded(MerchantOrder order, long amount, Batch batch) {
        Locale language = batch.languageOf(order.shopperEmail());
        String note = order.history().isEmpty() ? "" : order.history().get(order.history().size() - 1).note();
        return HtmlMail.of(order.shopperEmail(), format(language, "refunded.subject", order.number()), format(language, "refunded.body", order.shopperName(),
                order.number(), order.merchantName(), money(language, new Money(amount, order.total().currency())),
                note.isEmpty() ? "" : format(language, "cancelled.note", note)), "order_refunded", language);
    }

    private Optional<Mail> paymentFailed(CustomerOrder order, String reason, Batch batch) {
        if (order.merchantOrders().isEmpty()) {
            return Optional.empty();
        }
        MerchantOrder first = order.merchantOrders().get(0);
        Locale language = batch.languageOf(first.shopperEmail());
        return Optional.of(HtmlMail.of(first.shopperEmail(), format(language, "failed.subject", order.number()),
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

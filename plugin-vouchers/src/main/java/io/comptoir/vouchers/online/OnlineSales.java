package io.comptoir.vouchers.online;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.EngineException;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.SaleChannel;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.sale.SaleDao;
import io.comptoir.vouchers.sale.SaleRow;
import io.comptoir.vouchers.sale.VoucherIssuer;
import io.comptoir.vouchers.support.Hashing;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherEvents;
import io.comptoir.vouchers.voucher.VoucherRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Fulfils the voucher shop's orders, from the order events of the outbox (delivered at least once, so every step is
 * idempotent and the whole can resume after a crash at any point):
 * <ol>
 *   <li>reserve: issue the vouchers (not yet spendable), book the sale as buyer money collected online and commit the
 *       top-up, in one transaction keyed by the merchant order; if the budget or a limit refuses, cancel the order (the
 *       card authorisation is released);</li>
 *   <li>accept the order through {@link Orders#act}, which captures the card; if the capture fails, reverse the sale and
 *       cancel the order;</li>
 *   <li>deliver: make the vouchers spendable, put them in the buyer's wallet, and publish {@code voucher.delivered} for
 *       the mail.</li>
 * </ol>
 * A refunded order's untouched vouchers are cancelled by reversal.
 */
public final class OnlineSales implements DomainEventListener {
    public static final String SUBSCRIPTION = "vouchers.online-sales";
    private static final Logger log = LoggerFactory.getLogger(OnlineSales.class);
    private static final Actor ACTOR = Actor.system("vouchers.online");
    private static final Set<String> TYPES = Set.of("merchant_order.placed", "merchant_order.refunded");

    private static final MailTexts NOTES = new MailTexts("io.comptoir.vouchers.online.notes", OnlineSales.class);
    /** The refusals the notes explain; any other says only that the vouchers are unavailable. */
    private static final Set<String> EXPLAINED = Set.of("budget_exhausted", "not_on_sale", "buyer_limit_reached");

    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final ProgrammeService programmes;
    private final OnlineVoucherShop shop;
    private final Orders orders;
    private final Catalogue catalogue;
    private final VoucherIssuer issuer;
    private final VoucherEvents events;
    private final AccountDirectory accounts;

    public OnlineSales(Database db, Clock clock, MarketCalendar calendar, ProgrammeService programmes, OnlineVoucherShop shop,
            Orders orders, Catalogue catalogue,
                       VoucherIssuer issuer, VoucherEvents events, AccountDirectory accounts) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.shop = requireNonNull(shop, "shop is null");
        this.orders = requireNonNull(orders, "orders is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.issuer = requireNonNull(issuer, "issuer is null");
        this.events = requireNonNull(events, "events is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        Optional<Long> voucherShop = shop.shop().map(merchant -> merchant.value());
        if (voucherShop.isEmpty() || !event.get("merchantId").map(String::valueOf).equals(voucherShop.map(String::valueOf))) {
            return;
        }
        MerchantOrderId id = new MerchantOrderId(Long.parseLong(event.aggregateId()));
        Optional<MerchantOrder> order = orders.merchantOrder(id);
        if (order.isEmpty()) {
            return;
        }
        if (event.type().equals("merchant_order.refunded")) {
            refunded(order.get());
        }
        else {
            fulfil(order.get());
        }
    }

    /** Takes a voucher shop order as far as it can go; safe to call again at any point. */
    public void fulfil(MerchantOrder order) {
        MerchantOrderStatus status = order.status();
        if (status == MerchantOrderStatus.PLACED) {
            try {
                reserve(order);
            }
            catch (ConflictException | io.comptoir.engine.api.error.InvalidInputException | io.comptoir.engine.api.error.NotFoundException e) {
                log.info("Voucher order {} refused: {}", order.number(), e.getMessage());
                cancelOrder(order, note(order, "cancelled." + (EXPLAINED.contains(e.code()) ? e.code() : "other")));
                if (e.code().equals("budget_exhausted")) {
                    order.lines().forEach(line -> shop.denominationOf(line.variantId())
                            .ifPresent(mapped -> soldOut(programmes.cached(mapped.programmeId()))));
                }
                return;
            }
            try {
                orders.act(order.id(), OrderAction.ACCEPT, Optional.empty(), note(order, "accepted"), ACTOR, false);
            }
            catch (ConflictException e) {
                if (!e.code().equals("payment_failed")) {
                    throw e;
                }
                log.info("Voucher order {}: card capture refused, sale reversed", order.number());
                reverse(order, "payment capture refused");
                cancelOrder(order, note(order, "cancelled.paymentRefused"));
                return;
            }
            deliver(order);
        }
        else if (status.isAccepted() && status != MerchantOrderStatus.REFUNDED) {
            deliver(order);
        }
        else if (status == MerchantOrderStatus.CANCELLED) {
            reverse(order, "order cancelled");
        }
    }

    private void reserve(MerchantOrder order) {
        Instant now = clock.instant();
        List<OrderLine> lines = order.lines();
        List<VoucherProgramme> programmesOfLines = new java.util.ArrayList<>();
        List<Denomination> denominations = new java.util.ArrayList<>();
        for (OrderLine line : lines) {
            OnlineVoucherShop.OnlineDenomination mapped = shop.denominationOf(line.variantId())
                    .orElseThrow(() -> new ConflictException("not_on_sale", line.productName() + " is not a voucher on sale"));
            VoucherProgramme programme = programmes.cached(mapped.programmeId());
            programmesOfLines.add(programme);
            denominations.add(programme.denomination(mapped.denominationId()));
        }
        try {
            db.useTransaction(handle -> {
                for (int i = 0; i < lines.size(); i++) {
                    OrderLine line = lines.get(i);
                    VoucherProgramme programme = programmesOfLines.get(i);
                    Denomination denomination = denominations.get(i);
                    if (!programme.sells(SalesChannel.ONLINE) || !programme.onSaleAt(now, calendar.zone())) {
                        throw new ConflictException("not_on_sale", programme.name() + " is not on sale online now");
                    }
                    if (programme.buyerLimit().vouchersPerSale().isPresent() && line.quantity() > programme.buyerLimit().vouchersPerSale().getAsInt()) {
                        throw new ConflictException("buyer_limit_reached", "at most " + programme.buyerLimit().vouchersPerSale().getAsInt()
                                + " vouchers per purchase");
                    }
                    String email = order.shopperEmail().toLowerCase(java.util.Locale.ROOT);
                    long sale = io.comptoir.vouchers.sale.SaleStatements.insert(handle, programme.id(), denomination.id(), line.quantity(), SaleChannel.ONLINE.name(),
                            null, null, order.id().value(), order.shopper().value(), email, null, "order:" + order.id().value(),
                            "line-" + i, Hashing.sha256(line.variantId() + "|" + line.quantity()), denomination.face().minorUnits(),
                            denomination.price().minorUnits(), denomination.topUp().minorUnits(), programme.currency().getCurrencyCode(),
                            SaleStatus.PENDING.name(), now, calendar.dayOf(now));
                    List<Long> vouchers = VoucherIssuer.ids(issuer.insertVouchers(handle, programme, denomination, line.quantity(), sale,
                            VoucherStatus.PENDING, VoucherOrigin.ONLINE, null, order.shopper().value(), email, now));
                    issuer.countBuyer(handle, programme, Optional.of(email), Optional.empty(), Optional.of(order.shopper().value()),
                            line.quantity(), denomination.face().minorUnits());
                    issuer.bookSale(handle, programme, denomination, vouchers, sale, 0, ACTOR);
                }
            });
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e, "voucher_sale_key")) {
                throw e;
            }
            // reserved by an earlier delivery of the event
        }
    }

    /** Boosted vouchers can no longer be bought online: their variants go out of stock (after the order gave its units back). */
    private void soldOut(VoucherProgramme programme) {
        for (Denomination denomination : programme.denominations()) {
            if (denomination.boosted()) {
                denomination.onlineVariant().ifPresent(variant -> {
                    try {
                        catalogue.setStock(variant, 0, ACTOR);
                    }
                    catch (EngineException e) {
                        log.warn("Could not take sold-out vouchers off sale: {}", e.getMessage());
                    }
                });
            }
        }
    }

    /** A note of the order's history, in its shopper's language (they read it on the order's page and in its mails). */
    private String note(MerchantOrder order, String key) {
        return NOTES.format(MailTexts.languageOf(accounts, order.shopperEmail()), key);
    }

    private void cancelOrder(MerchantOrder order, String note) {
        try {
            orders.act(order.id(), OrderAction.CANCEL, Optional.empty(), note.length() > 480 ? note.substring(0, 480) : note, ACTOR, false);
        }
        catch (ConflictException e) {
            log.warn("Voucher order {} could not be cancelled: {}", order.number(), e.getMessage());
        }
    }

    /** Cancels the order's reserved (or delivered, untouched) sales by reversal. */
    private void reverse(MerchantOrder order, String reason) {
        db.useTransaction(handle -> {
            for (SaleRow sale : sales(handle, order)) {
                if (sale.status().equals(SaleStatus.CANCELLED.name())) {
                    continue;
                }
                SaleRow locked = handle.attach(SaleDao.class).lock(sale.id()).orElseThrow();
                if (locked.status().equals(SaleStatus.CANCELLED.name())) {
                    continue;
                }
                VoucherDao vouchers = handle.attach(VoucherDao.class);
                List<VoucherRow> rows = vouchers.lockAll(vouchers.ofSale(sale.id()).stream().map(VoucherRow::id).toList());
                issuer.cancelSale(handle, locked, rows, reason, ACTOR);
            }
        });
    }

    private void deliver(MerchantOrder order) {
        db.useTransaction(handle -> {
            String email = order.shopperEmail().toLowerCase(java.util.Locale.ROOT);
            boolean delivered = false;
            for (SaleRow sale : sales(handle, order)) {
                if (handle.attach(SaleDao.class).complete(sale.id(), order.shopper().value(), email) == 1) {
                    handle.attach(VoucherDao.class).deliver(sale.id(), order.shopper().value(), email, clock.instant());
                    delivered = true;
                }
            }
            if (delivered) {
                events.delivered(handle, order.id().value(), email, ACTOR);
            }
        });
    }

    private void refunded(MerchantOrder order) {
        if (!order.refundable().isZero()) {
            log.warn("Voucher order {} was partly refunded: its vouchers stay valid; review it by hand", order.number());
            return;
        }
        try {
            reverse(order, "order refunded");
        }
        catch (ConflictException e) {
            log.warn("Voucher order {} was refunded but some of its vouchers were used: review it by hand", order.number());
        }
    }

    private static List<SaleRow> sales(org.jdbi.v3.core.Handle handle, MerchantOrder order) {
        return handle.attach(SaleDao.class).ofMerchantOrder(order.id().value());
    }
}

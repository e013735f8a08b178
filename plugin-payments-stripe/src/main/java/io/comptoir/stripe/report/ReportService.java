package io.comptoir.stripe.report;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.stripe.api.CardPart;
import io.comptoir.stripe.api.CardTotals;
import io.comptoir.stripe.api.Movement;
import io.comptoir.stripe.api.MovementKind;
import io.comptoir.stripe.api.PartStage;
import io.comptoir.stripe.api.ShopTotals;
import io.comptoir.stripe.api.StripeReports;
import io.comptoir.stripe.api.TerritoryReport;
import io.comptoir.stripe.book.PartRow;
import io.comptoir.stripe.book.PaymentRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/** {@link StripeReports} from the plugin's tables. */
public final class ReportService implements StripeReports {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("3000-01-01T00:00:00Z");

    private final Jdbi jdbi;
    private final MerchantDirectory merchants;
    private final MarketCalendar calendar;

    public ReportService(Jdbi jdbi, MerchantDirectory merchants, MarketCalendar calendar) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    @Override
    public TerritoryReport territory(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Instant start = calendar.startOf(from);
        Instant end = calendar.endOf(to);
        return jdbi.withHandle(handle -> {
            Currency currency = currency(handle);
            Map<Long, long[]> moved = movedByShop(handle, start, end, Optional.empty());
            Map<Long, Long> owed = owedByShop(handle, Optional.empty());
            Set<Long> shops = new TreeSet<>(moved.keySet());
            shops.addAll(owed.keySet());
            List<ShopTotals> lines = new ArrayList<>();
            CardTotals sum = CardTotals.zero(currency);
            for (long shop : shops) {
                CardTotals totals = totals(moved.getOrDefault(shop, new long[4]), owed.getOrDefault(shop, 0L), currency);
                lines.add(new ShopTotals(new MerchantId(shop), name(shop), totals));
                sum = sum.plus(totals);
            }
            lines.sort(Comparator.comparing(ShopTotals::shopName).thenComparing(line -> line.merchant().value()));
            long[] charges = handle.createQuery("""
                    SELECT COUNT(*) AS charges, COALESCE(SUM(stripe_fee), 0) AS fees FROM stripe_payment
                    WHERE payment_id IN (SELECT payment_id FROM stripe_movement WHERE kind = 'CAPTURE' AND at >= :start AND at < :end)
                    """).bind("start", start).bind("end", end)
                    .map((rs, ctx) -> new long[] {rs.getLong("charges"), rs.getLong("fees")}).one();
            return new TerritoryReport(from, to, lines, sum, (int) charges[0], new Money(charges[1], currency));
        });
    }

    @Override
    public ShopTotals shop(MerchantId merchant) {
        requireNonNull(merchant, "merchant is null");
        return jdbi.withHandle(handle -> {
            long[] sums = movedByShop(handle, EVER, NEVER, Optional.of(merchant.value())).getOrDefault(merchant.value(), new long[4]);
            long owed = owedByShop(handle, Optional.of(merchant.value())).getOrDefault(merchant.value(), 0L);
            return new ShopTotals(merchant, name(merchant.value()), totals(sums, owed, currency(handle)));
        });
    }

    @Override
    public List<CardPart> partsOf(MerchantId merchant, int offset, int limit) {
        requireNonNull(merchant, "merchant is null");
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT p.*, s.order_number, s.state, s.currency, s.created_at AS paid_at
                        FROM stripe_part p JOIN stripe_payment s ON s.payment_id = p.payment_id
                        WHERE p.merchant_id = :merchantId
                        ORDER BY s.created_at DESC, s.payment_id DESC
                        LIMIT :limit OFFSET :offset
                        """).bind("merchantId", merchant.value()).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> part(rs)).list());
    }

    private static CardPart part(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        PartRow part = new PartRow(rs.getLong("payment_id"), rs.getLong("merchant_id"), (Long) rs.getObject("merchant_order_id", Long.class),
                rs.getLong("amount"), rs.getString("decision"), rs.getLong("reduced"), rs.getLong("captured"), rs.getLong("refunded"),
                rs.getBoolean("fulfilled"), rs.getLong("transferred"), rs.getLong("commission"), rs.getString("transfer_error"),
                rs.getInt("transfer_refusals"), instant(rs, "updated_at"));
        long owed = part.net() - part.commission() - part.transferred();
        return new CardPart(rs.getString("order_number"), Optional.ofNullable(part.merchantOrderId()).map(MerchantOrderId::new),
                instant(rs, "paid_at"), stage(rs.getString("state"), part), new Money(part.amount(), currency), new Money(part.captured(), currency),
                new Money(part.refunded(), currency), new Money(part.commission(), currency), new Money(part.transferred(), currency),
                new Money(owed, currency), Optional.ofNullable(part.transferError()));
    }

    static PartStage stage(String paymentState, PartRow part) {
        if (part.is(PartRow.RELEASED)) {
            return PartStage.RELEASED;
        }
        if (paymentState.equals(PaymentRow.OPEN)) {
            return PartStage.AWAITING_PAYMENT;
        }
        if (part.is(PartRow.PENDING)) {
            return paymentState.equals(PaymentRow.AUTHORISED) ? PartStage.AUTHORISED : PartStage.RELEASED;
        }
        if (part.captured() == 0) {
            if (part.reduced() == part.amount()) {
                return PartStage.REFUNDED;
            }
            return paymentState.equals(PaymentRow.AUTHORISED) ? PartStage.ACCEPTED : PartStage.RELEASED;
        }
        if (part.net() == 0) {
            return PartStage.REFUNDED;
        }
        if (!part.fulfilled()) {
            return PartStage.CAPTURED;
        }
        return part.transferred() == part.net() - part.commission() ? PartStage.TRANSFERRED : PartStage.TRANSFER_DUE;
    }

    @Override
    public List<Movement> movements(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Instant start = calendar.startOf(from);
        Instant end = calendar.endOf(to);
        Map<Long, String> names = new HashMap<>();
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT m.*, s.order_number, s.currency FROM stripe_movement m JOIN stripe_payment s ON s.payment_id = m.payment_id
                        WHERE m.at >= :start AND m.at < :end ORDER BY m.at, m.id
                        """).bind("start", start).bind("end", end)
                .map((rs, ctx) -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    long shop = rs.getLong("merchant_id");
                    return new Movement(instant(rs, "at"), rs.getString("order_number"), new MerchantId(shop), names.computeIfAbsent(shop, this::name),
                            MovementKind.valueOf(rs.getString("kind")), new Money(rs.getLong("amount"), currency),
                            new Money(rs.getLong("commission"), currency), rs.getString("stripe_id"), Optional.ofNullable(rs.getString("transfer_id")));
                }).list());
    }

    @Override
    public void writeTerritoryCsv(LocalDate from, LocalDate to, Appendable out) {
        TerritoryReport report = territory(from, to);
        StringBuilder csv = new StringBuilder("shop_id;shop;captured;refunded;commission;transferred;owed;currency\n");
        for (ShopTotals shop : report.shops()) {
            line(csv, shop.merchant().toString(), shop.shopName(), shop.totals());
        }
        line(csv, "", "Total", report.total());
        append(out, csv);
    }

    private static void line(StringBuilder csv, String id, String name, CardTotals totals) {
        csv.append(id).append(';').append(field(name)).append(';').append(decimal(totals.captured())).append(';')
                .append(decimal(totals.refunded())).append(';').append(decimal(totals.commission())).append(';')
                .append(decimal(totals.transferred())).append(';').append(decimal(totals.owed())).append(';')
                .append(totals.captured().currency().getCurrencyCode()).append('\n');
    }

    @Override
    public void writeMovementsCsv(LocalDate from, LocalDate to, Appendable out) {
        StringBuilder csv = new StringBuilder("date;order;shop_id;shop;kind;amount;commission;currency;stripe_id;transfer_id\n");
        for (Movement movement : movements(from, to)) {
            csv.append(TIME.format(movement.at().atZone(calendar.zone()))).append(';').append(field(movement.orderNumber())).append(';')
                    .append(movement.merchant()).append(';').append(field(movement.shopName())).append(';').append(movement.kind()).append(';')
                    .append(decimal(movement.amount())).append(';').append(decimal(movement.commission())).append(';')
                    .append(movement.amount().currency().getCurrencyCode()).append(';').append(field(movement.stripeId())).append(';')
                    .append(field(movement.transferId().orElse(""))).append('\n');
        }
        append(out, csv);
    }

    /** captured, refunded, commission, transferred per shop over a period. */
    private static Map<Long, long[]> movedByShop(Handle handle, Instant start, Instant end, Optional<Long> shop) {
        Map<Long, long[]> sums = new HashMap<>();
        handle.createQuery("""
                        SELECT merchant_id,
                               SUM(CASE WHEN kind = 'CAPTURE' THEN amount ELSE 0 END) AS captured,
                               SUM(CASE WHEN kind = 'REFUND' THEN amount ELSE 0 END) AS refunded,
                               SUM(commission) AS commission,
                               SUM(CASE WHEN kind = 'TRANSFER' THEN amount WHEN kind = 'REVERSAL' THEN -amount ELSE 0 END) AS transferred
                        FROM stripe_movement
                        WHERE at >= :start AND at < :end AND (:shop < 0 OR merchant_id = :shop)
                        GROUP BY merchant_id
                        """).bind("start", start).bind("end", end).bind("shop", shop.orElse(-1L))
                .map((rs, ctx) -> sums.put(rs.getLong("merchant_id"), new long[] {rs.getLong("captured"), rs.getLong("refunded"),
                        rs.getLong("commission"), rs.getLong("transferred")})).list();
        return sums;
    }

    /** What each shop is owed now. */
    private static Map<Long, Long> owedByShop(Handle handle, Optional<Long> shop) {
        Map<Long, Long> owed = new HashMap<>();
        handle.createQuery("""
                        SELECT merchant_id, SUM(captured - refunded - commission - transferred) AS owed FROM stripe_part
                        WHERE captured > 0 AND (:shop < 0 OR merchant_id = :shop)
                        GROUP BY merchant_id
                        """).bind("shop", shop.orElse(-1L))
                .map((rs, ctx) -> owed.put(rs.getLong("merchant_id"), rs.getLong("owed"))).list();
        return owed;
    }

    private static CardTotals totals(long[] sums, long owed, Currency currency) {
        return new CardTotals(new Money(sums[0], currency), new Money(sums[1], currency), new Money(sums[2], currency),
                new Money(sums[3], currency), new Money(owed, currency));
    }

    private static Currency currency(Handle handle) {
        return handle.createQuery("SELECT currency FROM stripe_payment ORDER BY payment_id LIMIT 1").mapTo(String.class).findOne()
                .map(Currency::getInstance).orElse(Money.EUR);
    }

    private String name(long merchantId) {
        return merchants.merchant(new MerchantId(merchantId)).map(Merchant::name).orElse("#" + merchantId);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "invalid_period", "the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) > 366) {
            throw new InvalidInputException("to", "invalid_period", "a period is at most 366 days");
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String decimal(Money money) {
        return BigDecimal.valueOf(money.minorUnits(), money.currency().getDefaultFractionDigits()).toPlainString().replace('.', ',');
    }

    private static String field(String text) {
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void append(Appendable out, CharSequence text) {
        try {
            out.append(text);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }
}

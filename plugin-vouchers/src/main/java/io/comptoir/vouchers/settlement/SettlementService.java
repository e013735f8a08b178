package io.comptoir.vouchers.settlement;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.Settlements;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.StatementLine;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.ledger.AccountKind;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAccount;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.redemption.RedemptionDao;
import io.comptoir.vouchers.redemption.RedemptionRow;
import io.comptoir.vouchers.support.Inputs;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The {@link Settlements}. A period's statements are computed in one transaction by three aggregate queries over the
 * ledger's entries of the period (indexed by programme, account kind and time) and stored with their lines; a row per
 * period makes issuing it twice impossible. Periods are issued only once over (plus a grace for bookings in flight).
 */
public final class SettlementService implements Settlements {
    static final List<String> REDEMPTION_KINDS = List.of(TransactionKind.REDEMPTION.name(), TransactionKind.CAPTURE.name(),
            TransactionKind.REFUND.name());
    static final List<String> SALE_KINDS = List.of(TransactionKind.SALE.name(), TransactionKind.SALE_CANCEL.name());

    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final Ledger ledger;
    private final ProgrammeService programmes;
    private final Duration grace;

    public SettlementService(Database db, Clock clock, MarketCalendar calendar, Ledger ledger, ProgrammeService programmes,
            Duration grace) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.grace = requireNonNull(grace, "grace is null");
    }

    @Override
    public List<Statement> issue(long programmeId, LocalDate periodStart, Actor actor) {
        requireNonNull(periodStart, "periodStart is null");
        requireNonNull(actor, "actor is null");
        VoucherProgramme programme = programmes.require(programmeId);
        SettlementPeriod period = programme.settlementPeriod();
        if (!period.isStart(periodStart)) {
            throw new InvalidInputException("periodStart", "invalid_period", "a " + period.name().toLowerCase() + " starts on "
                    + period.startOf(periodStart));
        }
        LocalDate periodEnd = period.endOf(periodStart);
        if (clock.instant().isBefore(calendar.startOf(periodEnd).plus(grace))) {
            throw new ConflictException("period_not_over", "the period ending " + periodEnd + " is not over yet");
        }
        db.useTransaction(handle -> issue(handle, programme, periodStart, periodEnd));
        return db.withHandle(handle -> assemble(handle, handle.attach(SettlementDao.class).ofPeriod(programmeId, periodStart)));
    }

    private void issue(Handle handle, VoucherProgramme programme, LocalDate start, LocalDate end) {
        Instant now = clock.instant();
        SettlementDao dao = handle.attach(SettlementDao.class);
        if (dao.claimPeriod(programme.id(), start, end, now) == 0) {
            return;
        }
        Instant from = calendar.startOf(start);
        Instant to = calendar.startOf(end);
        String currency = programme.currency().getCurrencyCode();
        Map<Long, Draft> merchants = new TreeMap<>();
        handle.createQuery("""
                        SELECT owner_id, account_kind, part_id, SUM(amount) AS amount FROM voucher_ledger_entry
                        WHERE programme_id = :programme AND account_kind IN ('MERCHANT_BUYER', 'MERCHANT_SUBSIDY')
                          AND transaction_kind IN (<kinds>) AND occurred_at >= :from AND occurred_at < :to
                        GROUP BY owner_id, account_kind, part_id""")
                .bind("programme", programme.id()).bindList("kinds", REDEMPTION_KINDS).bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    Draft draft = merchants.computeIfAbsent(rs.getLong("owner_id"), id -> new Draft());
                    String kind = rs.getString("account_kind").equals(AccountKind.MERCHANT_BUYER.name()) ? StatementLine.BUYER_MONEY
                            : StatementLine.SUBSIDY;
                    draft.add(kind, rs.getLong("part_id"), -rs.getLong("amount"));
                    return null;
                }).list();
        handle.createQuery("""
                        SELECT owner_id, COUNT(DISTINCT transaction_id) AS items FROM voucher_ledger_entry
                        WHERE programme_id = :programme AND account_kind IN ('MERCHANT_BUYER', 'MERCHANT_SUBSIDY')
                          AND transaction_kind IN (<kinds>) AND occurred_at >= :from AND occurred_at < :to
                        GROUP BY owner_id""")
                .bind("programme", programme.id()).bindList("kinds", REDEMPTION_KINDS).bind("from", from).bind("to", to)
                .map((rs, ctx) -> merchants.get(rs.getLong("owner_id")).items = rs.getInt("items")).list();
        Map<Long, Draft> pointsOfSale = new TreeMap<>();
        handle.createQuery("""
                        SELECT owner_id, SUM(amount) AS amount, COUNT(DISTINCT transaction_id) AS items FROM voucher_ledger_entry
                        WHERE programme_id = :programme AND account_kind = 'BUYER_MONEY' AND transaction_kind IN (<kinds>)
                          AND occurred_at >= :from AND occurred_at < :to
                        GROUP BY owner_id""")
                .bind("programme", programme.id()).bindList("kinds", SALE_KINDS).bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    Draft draft = pointsOfSale.computeIfAbsent(rs.getLong("owner_id"), id -> new Draft());
                    draft.add(StatementLine.BUYER_MONEY, rs.getLong("owner_id"), rs.getLong("amount"));
                    draft.items = rs.getInt("items");
                    return null;
                }).list();
        Map<Long, Draft> funders = new TreeMap<>();
        handle.createQuery("""
                        SELECT part_id, owner_id, SUM(amount) AS amount, COUNT(DISTINCT transaction_id) AS items FROM voucher_ledger_entry
                        WHERE programme_id = :programme AND account_kind = 'MERCHANT_SUBSIDY' AND transaction_kind IN (<kinds>)
                          AND occurred_at >= :from AND occurred_at < :to
                        GROUP BY part_id, owner_id""")
                .bind("programme", programme.id()).bindList("kinds", REDEMPTION_KINDS).bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    Draft draft = funders.computeIfAbsent(rs.getLong("part_id"), id -> new Draft());
                    draft.add(StatementLine.MERCHANT, rs.getLong("owner_id"), -rs.getLong("amount"));
                    draft.items += rs.getInt("items");
                    return null;
                }).list();
        insert(dao, programme.id(), StatementKind.MERCHANT, merchants, start, end, currency, now);
        insert(dao, programme.id(), StatementKind.POINT_OF_SALE, pointsOfSale, start, end, currency, now);
        insert(dao, programme.id(), StatementKind.FUNDER, funders, start, end, currency, now);
    }

    /** A statement being computed: its lines by kind and source, and how many transactions it covers. */
    private static final class Draft {
        final Map<String, Map<Long, Long>> lines = new TreeMap<>();
        int items;

        void add(String kind, long source, long amount) {
            lines.computeIfAbsent(kind, k -> new TreeMap<>()).merge(source, amount, Long::sum);
        }

        long total() {
            return lines.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }

        boolean isEmpty() {
            return lines.values().stream().flatMap(m -> m.values().stream()).allMatch(amount -> amount == 0) && items == 0;
        }
    }

    private static void insert(SettlementDao dao, long programme, StatementKind kind, Map<Long, Draft> drafts, LocalDate start,
                               LocalDate end, String currency, Instant now) {
        drafts.forEach((party, draft) -> {
            if (draft.isEmpty()) {
                return;
            }
            long id = dao.insertStatement(programme, kind.name(), party, start, end, draft.total(), draft.items, currency, now);
            List<String> kinds = new ArrayList<>();
            List<Long> sources = new ArrayList<>();
            List<Long> amounts = new ArrayList<>();
            draft.lines.forEach((lineKind, bySource) -> bySource.forEach((source, amount) -> {
                kinds.add(lineKind);
                sources.add(source);
                amounts.add(amount);
            }));
            if (!kinds.isEmpty()) {
                dao.insertLines(id, kinds, sources, amounts);
            }
        });
    }

    @Override
    public int issueDue(Actor actor) {
        int periods = 0;
        Instant now = clock.instant();
        for (VoucherProgramme programme : programmes.programmes()) {
            SettlementPeriod period = programme.settlementPeriod();
            LocalDate next = db.with(SettlementDao.class, dao -> dao.lastIssuedPeriod(programme.id()))
                    .map(period::endOf).orElse(period.startOf(programme.saleOpensOn()));
            while (!now.isBefore(calendar.startOf(period.endOf(next)).plus(grace))) {
                issue(programme.id(), next, actor);
                next = period.endOf(next);
                periods++;
            }
        }
        return periods;
    }

    @Override
    public List<Statement> statements(long programmeId, Optional<StatementKind> kind, Optional<Long> partyId) {
        requireNonNull(kind, "kind is null");
        requireNonNull(partyId, "partyId is null");
        return db.withHandle(handle -> assemble(handle, handle.attach(SettlementDao.class).find(programmeId,
                kind.map(Enum::name).orElse(null), partyId.orElse(null))));
    }

    @Override
    public List<Statement> statementsOf(StatementKind kind, long partyId) {
        requireNonNull(kind, "kind is null");
        return db.withHandle(handle -> assemble(handle, handle.attach(SettlementDao.class).ofParty(kind.name(), partyId)));
    }

    @Override
    public Optional<Statement> statement(long id) {
        return db.withHandle(handle -> handle.attach(SettlementDao.class).statement(id).map(row -> assemble(handle, List.of(row)).get(0)));
    }

    @Override
    public Statement markPaid(long statementId, String paymentReference, Actor actor) {
        requireNonNull(actor, "actor is null");
        String reference = Inputs.text("paymentReference", paymentReference, 1, 200);
        db.useTransaction(handle -> {
            SettlementDao dao = handle.attach(SettlementDao.class);
            StatementRow row = dao.lock(statementId).orElseThrow(() -> NotFoundException.of("statement", statementId));
            if (row.paidAt() != null) {
                return;
            }
            Statement statement = assemble(handle, List.of(row)).get(0);
            Long transaction = null;
            if (statement.lines().stream().anyMatch(line -> !line.amount().isZero())) {
                transaction = ledger.post(handle, payment(statement, actor));
            }
            dao.markPaid(statementId, reference, transaction, clock.instant());
        });
        return statement(statementId).orElseThrow();
    }

    /** The payment booking of a statement: what was owed leaves its account for the operator's bank (or comes in). */
    private static Booking payment(Statement statement, Actor actor) {
        long programme = statement.programmeId();
        long party = statement.partyId();
        Booking booking = new Booking("statement-paid:" + statement.id(), TransactionKind.PAYMENT, programme,
                "statement " + statement.id() + " paid", actor);
        long total = statement.total().minorUnits();
        switch (statement.kind()) {
            case MERCHANT -> {
                for (StatementLine line : statement.lines()) {
                    booking.debit(line.sourceKind().equals(StatementLine.BUYER_MONEY) ? LedgerAccount.merchantBuyer(party, line.sourceId())
                            : LedgerAccount.merchantSubsidy(party, line.sourceId()), line.amount().minorUnits());
                }
                booking.credit(LedgerAccount.operatorBank(programme), total);
            }
            case POINT_OF_SALE -> {
                booking.debit(LedgerAccount.operatorBank(programme), total);
                booking.credit(LedgerAccount.buyerMoney(party, programme), total);
            }
            case FUNDER -> {
                booking.debit(LedgerAccount.operatorBank(programme), total);
                booking.credit(LedgerAccount.funderPledge(party, programme), total);
            }
        }
        return booking;
    }

    @Override
    public List<Redemption> redemptionsOf(long statementId) {
        Statement statement = statement(statementId).filter(s -> s.kind() == StatementKind.MERCHANT)
                .orElseThrow(() -> NotFoundException.of("statement", statementId));
        return db.with(RedemptionDao.class, dao -> dao.ofMerchant(statement.partyId(), calendar.startOf(statement.periodStart()),
                calendar.startOf(statement.periodEnd()))).stream()
                .filter(row -> row.programmeId() == statement.programmeId()).map(RedemptionRow::toRedemption).toList();
    }

    @Override
    public void writeStatementCsv(long statementId, Appendable out) {
        requireNonNull(out, "out is null");
        Statement statement = statement(statementId).orElseThrow(() -> NotFoundException.of("statement", statementId));
        String entries = switch (statement.kind()) {
            case MERCHANT -> "e.account_kind IN ('MERCHANT_BUYER', 'MERCHANT_SUBSIDY') AND e.owner_id = :party AND e.transaction_kind IN (<kinds>)";
            case POINT_OF_SALE -> "e.account_kind = 'BUYER_MONEY' AND e.owner_id = :party AND e.transaction_kind IN (<kinds>)";
            case FUNDER -> "e.account_kind = 'MERCHANT_SUBSIDY' AND e.part_id = :party AND e.transaction_kind IN (<kinds>)";
        };
        List<String> kinds = statement.kind() == StatementKind.POINT_OF_SALE ? SALE_KINDS : REDEMPTION_KINDS;
        String where = "t.programme_id = :programme AND (t.id IN (SELECT e.transaction_id FROM voucher_ledger_entry e WHERE e.programme_id = :programme AND "
                + entries + " AND e.occurred_at >= :from AND e.occurred_at < :to) OR t.idempotency_key = :payment)";
        db.readInTransaction(handle -> {
            LedgerCsv.write(handle, calendar, statement.total().currency().getCurrencyCode(), where, query -> query
                    .bind("programme", statement.programmeId()).bind("party", statement.partyId()).bindList("kinds", kinds)
                    .bind("from", calendar.startOf(statement.periodStart())).bind("to", calendar.startOf(statement.periodEnd()))
                    .bind("payment", "statement-paid:" + statement.id()), out);
            return null;
        });
    }

    @Override
    public void writeLedgerCsv(long programmeId, LocalDate from, LocalDate to, Appendable out) {
        requireNonNull(out, "out is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw InvalidInputException.invalid("to", "the period ends after it starts");
        }
        VoucherProgramme programme = programmes.require(programmeId);
        db.readInTransaction(handle -> {
            LedgerCsv.write(handle, calendar, programme.currency().getCurrencyCode(),
                    "t.programme_id = :programme AND t.occurred_at >= :from AND t.occurred_at < :to", query -> query
                            .bind("programme", programmeId).bind("from", calendar.startOf(from)).bind("to", calendar.endOf(to)), out);
            return null;
        });
    }

    private static List<Statement> assemble(Handle handle, List<StatementRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StatementLine>> lines = new LinkedHashMap<>();
        for (StatementLineRow line : handle.attach(SettlementDao.class).lines(rows.stream().map(StatementRow::id).toList())) {
            Currency currency = Currency.getInstance(rows.stream().filter(r -> r.id() == line.statementId()).findFirst().orElseThrow().currency());
            lines.computeIfAbsent(line.statementId(), id -> new ArrayList<>())
                    .add(new StatementLine(line.sourceKind(), line.sourceId(), new Money(line.amount(), currency)));
        }
        return rows.stream().map(row -> {
            Currency currency = Currency.getInstance(row.currency());
            return new Statement(row.id(), row.programmeId(), StatementKind.valueOf(row.kind()), row.partyId(), row.periodStart(),
                    row.periodEnd(), new Money(row.total(), currency), row.itemCount(), row.issuedAt(), Optional.ofNullable(row.paidAt()),
                    Optional.ofNullable(row.paymentReference()), lines.getOrDefault(row.id(), List.of()));
        }).toList();
    }
}

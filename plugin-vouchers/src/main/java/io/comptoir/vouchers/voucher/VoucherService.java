package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.BalanceCheck;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.api.Vouchers;
import io.comptoir.vouchers.api.VoucherMovement;
import io.comptoir.vouchers.api.VoucherPage;
import io.comptoir.vouchers.api.VoucherQuery;
import io.comptoir.vouchers.code.CodeGenerator;
import io.comptoir.vouchers.fraud.AttemptGuard;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAccount;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.pdf.VoucherPdf;
import io.comptoir.vouchers.pdf.VoucherPrints;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.support.Inputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The {@link Vouchers}. */
public final class VoucherService implements Vouchers {
    private static final Logger log = LoggerFactory.getLogger(VoucherService.class);

    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final ProgrammeService programmes;
    private final CodeLookup codes;
    private final AttemptGuard balanceChecks;
    private final Ledger ledger;
    private final CodeGenerator generator;
    private final VoucherEvents events;
    private final AccountDirectory accounts;

    public VoucherService(Database db, Clock clock, MarketCalendar calendar, ProgrammeService programmes, CodeLookup codes,
            AttemptGuard balanceChecks,
                          Ledger ledger, CodeGenerator generator, VoucherEvents events, AccountDirectory accounts) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.codes = requireNonNull(codes, "codes is null");
        this.balanceChecks = requireNonNull(balanceChecks, "balanceChecks is null");
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.generator = requireNonNull(generator, "generator is null");
        this.events = requireNonNull(events, "events is null");
    }

    @Override
    public BalanceCheck checkBalance(String code, Requester requester) {
        balanceChecks.checkAndRecord(requester);
        VoucherRow voucher = codes.find(code, requester);
        VoucherProgramme programme = programmes.cached(voucher.programmeId());
        Currency currency = Currency.getInstance(voucher.currency());
        Optional<Instant> end = Optional.ofNullable(voucher.expiresAt());
        return new BalanceCheck(VoucherCode.of(voucher.code()).masked(), programme.name(), new Money(voucher.face(), currency),
                new Money(voucher.balance(), currency), voucher.voucherStatus(), end, end.map(calendar::lastDayBefore));
    }

    @Override
    public Optional<Voucher> voucher(long id) {
        return db.with(VoucherDao.class, dao -> dao.find(id)).map(VoucherRow::toVoucher);
    }

    @Override
    public List<Voucher> walletOf(AccountId holder) {
        requireNonNull(holder, "holder is null");
        return db.with(VoucherDao.class, dao -> dao.ofHolder(holder.value())).stream().map(VoucherRow::toVoucher).toList();
    }

    @Override
    public byte[] pdf(long voucherId, AccountId holder) {
        requireNonNull(holder, "holder is null");
        Voucher voucher = voucher(voucherId).filter(found -> found.holderAccount().filter(holder::equals).isPresent())
                .orElseThrow(() -> NotFoundException.of("voucher", voucherId));
        return VoucherPdf.a6(List.of(VoucherPrints.of(voucher, programmes.cached(voucher.programmeId()), Optional.empty(),
                accounts.account(holder).map(Account::language).orElse(Account.DEFAULT_LANGUAGE), calendar)));
    }

    @Override
    public Voucher attach(String code, Account holder, Requester requester) {
        requireNonNull(holder, "holder is null");
        requireNonNull(requester, "requester is null");
        VoucherRow found = codes.find(code, requester);
        db.useTransaction(handle -> {
            VoucherRow voucher = VoucherStatements.lock(handle, found.id()).orElseThrow();
            if (voucher.holderAccountId() != null) {
                if (voucher.holderAccountId() == holder.id().value()) {
                    return;
                }
                throw new ConflictException("voucher_held", "this voucher is in another wallet");
            }
            if (voucher.voucherStatus() != VoucherStatus.ACTIVE || !clock.instant().isBefore(voucher.expiresAt())) {
                throw new ConflictException("voucher_not_attachable", "this voucher can no longer be spent (expired, blocked or spent)");
            }
            handle.createUpdate("UPDATE voucher SET holder_account_id = :account, holder_email = :email, updated_at = :at "
                            + "WHERE id = :id AND holder_account_id IS NULL")
                    .bind("account", holder.id().value()).bind("email", holder.email()).bind("at", clock.instant()).bind("id", voucher.id())
                    .execute();
        });
        return voucher(found.id()).orElseThrow();
    }

    @Override
    public VoucherPage search(VoucherQuery query, Account admin) {
        requireNonNull(query, "query is null");
        requireAdmin(admin);
        StringBuilder sql = new StringBuilder("SELECT " + VoucherRow.COLUMNS + " FROM voucher WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        query.programme().ifPresent(programme -> {
            sql.append(" AND programme_id = :programme");
            binds.put("programme", programme);
        });
        if (!query.statuses().isEmpty()) {
            sql.append(" AND status IN (<statuses>)");
        }
        query.code().ifPresent(code -> {
            Optional<VoucherCode> whole = VoucherCode.parse(code);
            String tail = code.strip().toUpperCase(java.util.Locale.ROOT);
            if (whole.isPresent()) {
                sql.append(" AND code = :code");
                binds.put("code", whole.get().value());
            }
            else if (tail.matches("[0-9A-Z*~$=]{4}")) {
                sql.append(" AND code LIKE :tail");
                binds.put("tail", "%" + tail);
            }
            else {
                throw InvalidInputException.invalid("code", "a whole voucher code, or its last four characters");
            }
        });
        query.holderEmail().ifPresent(email -> {
            String part = Inputs.text("holder", email, 0, 254).toLowerCase(java.util.Locale.ROOT);
            sql.append(" AND LOWER(holder_email) LIKE :email ESCAPE '!'");
            binds.put("email", "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        query.pointOfSale().ifPresent(pointOfSale -> {
            sql.append(" AND point_of_sale_id = :pointOfSale");
            binds.put("pointOfSale", pointOfSale);
        });
        query.after().ifPresent(cursor -> {
            sql.append(" AND id < :after");
            binds.put("after", cursorId(cursor));
        });
        sql.append(" ORDER BY id DESC LIMIT :limit");
        binds.put("limit", query.limit() + 1);
        List<VoucherRow> rows = db.withHandle(handle -> {
            var statement = handle.createQuery(sql.toString()).bindMap(binds);
            if (!query.statuses().isEmpty()) {
                statement.bindList("statuses", query.statuses().stream().map(Enum::name).sorted().toList());
            }
            return statement.map(VoucherStatements.ROW).list();
        });
        List<VoucherRow> page = rows.subList(0, Math.min(rows.size(), query.limit()));
        Optional<String> next = rows.size() > query.limit() ? Optional.of(cursor(page.get(page.size() - 1).id())) : Optional.empty();
        return new VoucherPage(page.stream().map(VoucherRow::toVoucher).toList(), next);
    }

    private static String cursor(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("voucher:" + id).getBytes(StandardCharsets.US_ASCII));
    }

    private static long cursorId(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("voucher:")) {
                long id = Long.parseLong(text.substring("voucher:".length()));
                if (id > 0) {
                    return id;
                }
            }
        }
        catch (IllegalArgumentException e) {
            // reported below
        }
        throw InvalidInputException.invalid("after", "not a cursor of this search: '" + cursor + "'");
    }

    @Override
    public List<VoucherMovement> history(long voucherId, Account admin) {
        requireAdmin(admin);
        VoucherRow voucher = db.with(VoucherDao.class, dao -> dao.find(voucherId)).orElseThrow(() -> NotFoundException.of("voucher", voucherId));
        Currency currency = Currency.getInstance(voucher.currency());
        List<VoucherMovement> movements = new ArrayList<>();
        long[] balance = {0};
        db.withHandle(handle -> handle.createQuery("""
                        SELECT t.id, t.kind, t.reference, t.actor, t.occurred_at,
                               -SUM(CASE WHEN e.account_kind = 'VOUCHER' THEN e.amount ELSE 0 END) AS balance_change,
                               -SUM(CASE WHEN e.account_kind = 'HOLD' THEN e.amount ELSE 0 END) AS held_change
                        FROM voucher_ledger_transaction t JOIN voucher_ledger_entry e ON e.transaction_id = t.id
                        WHERE (e.account_kind = 'VOUCHER' AND e.owner_id = :voucher)
                           OR (e.account_kind = 'HOLD' AND e.owner_id IN (SELECT h.id FROM voucher_hold h WHERE h.voucher_id = :voucher))
                        GROUP BY t.id, t.kind, t.reference, t.actor, t.occurred_at ORDER BY t.id""")
                .bind("voucher", voucherId)
                .map((rs, ctx) -> {
                    balance[0] += rs.getLong("balance_change");
                    return new VoucherMovement(rs.getLong("id"), TransactionKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                            new Money(rs.getLong("balance_change"), currency), new Money(rs.getLong("held_change"), currency),
                            new Money(balance[0], currency), rs.getString("actor"),
                            rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant());
                }).list()).forEach(movements::add);
        return movements;
    }

    @Override
    public Optional<Voucher> findByCode(String code, Account admin) {
        requireAdmin(admin);
        return VoucherCode.parse(code).flatMap(parsed -> db.withHandle(h -> io.comptoir.vouchers.voucher.VoucherStatements.findByCode(h, parsed.value())))
                .map(VoucherRow::toVoucher);
    }

    @Override
    public Voucher block(long voucherId, String reason, Account admin) {
        requireAdmin(admin);
        String why = Inputs.text("reason", reason, 1, 500);
        db.useTransaction(handle -> {
            VoucherRow voucher = io.comptoir.vouchers.voucher.VoucherStatements.lock(handle, voucherId).orElseThrow(() -> NotFoundException.of("voucher", voucherId));
            VoucherStatus status = voucher.voucherStatus();
            if (status == VoucherStatus.BLOCKED) {
                return;
            }
            if (status != VoucherStatus.ACTIVE && status != VoucherStatus.SPENT) {
                throw new ConflictException("voucher_not_blockable", "only a sold, unexpired voucher can be blocked");
            }
            handle.attach(VoucherDao.class).move(voucherId, status.name(), VoucherStatus.BLOCKED.name(), clock.instant());
        });
        log.info("Voucher {} blocked by {}: {}", voucherId, admin.id(), why);
        return voucher(voucherId).orElseThrow();
    }

    @Override
    public Voucher reissue(long voucherId, Account admin) {
        requireAdmin(admin);
        Actor actor = Actor.account(admin.id().value());
        long replacement = db.inTransaction(handle -> {
            VoucherDao dao = handle.attach(VoucherDao.class);
            VoucherRow voucher = VoucherStatements.lock(handle, voucherId).orElseThrow(() -> NotFoundException.of("voucher", voucherId));
            Optional<Long> earlier = handle.createQuery("SELECT id FROM voucher WHERE replaces_voucher_id = :id")
                    .bind("id", voucherId).mapTo(Long.class).findOne();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (voucher.voucherStatus() != VoucherStatus.BLOCKED) {
                throw new ConflictException("voucher_not_blocked", "block the voucher before reissuing its balance");
            }
            if (voucher.balance() == 0) {
                throw new ConflictException("nothing_to_reissue", "nothing is left on this voucher");
            }
            Instant now = clock.instant();
            if (!now.isBefore(voucher.expiresAt())) {
                throw new ConflictException("voucher_expired", "this voucher has expired: its balance cannot be reissued");
            }
            Parts parts = voucher.parts();
            long id = VoucherStatements.insert(handle, generator.next().value(), voucher.programmeId(), voucher.denominationId(), voucher.balance(),
                    parts, VoucherStatus.ACTIVE.name(), VoucherOrigin.REISSUE.name(), voucher.pointOfSaleId(),
                    voucher.saleId(), voucher.holderAccountId(), voucher.holderEmail(), voucherId, now, voucher.expiresAt());
            Booking booking = new Booking("reissue:" + voucherId, TransactionKind.REISSUE, voucher.programmeId(), "reissue of voucher "
                    + voucherId, actor).about(voucherId);
            parts.bySource().forEach((source, part) -> {
                booking.debit(LedgerAccount.voucher(voucherId, source), part, voucherId);
                booking.credit(LedgerAccount.voucher(id, source), part, id);
            });
            ledger.post(handle, booking, now);
            if (dao.close(voucherId, voucher.balance(), VoucherStatus.BLOCKED.name(), List.of(VoucherStatus.BLOCKED.name()), now) != 1) {
                throw new IllegalStateException("voucher " + voucherId + " changed while reissued");
            }
            if (voucher.holderEmail() != null) {
                events.reissued(handle, id, voucher.holderEmail(), actor);
            }
            return id;
        });
        return voucher(replacement).orElseThrow();
    }

    static void requireAdmin(Account admin) {
        requireNonNull(admin, "admin is null");
        if (!admin.active() || !admin.hasRole(Role.TERRITORY_ADMIN)) {
            throw new NotFoundException("not_found", "no such page");
        }
    }
}

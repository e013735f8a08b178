package io.comptoir.vouchers.expiry;

import io.comptoir.engine.api.Actor;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAccount;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.voucher.Parts;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherRow;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The periodic job {@code vouchers.expiry} (run by one node at a time, under the engine's database lease): expires the
 * vouchers whose deadline passed — the funders' unspent top-up back to the programme's budget, the buyer's unspent money
 * to breakage, or all to breakage, as the programme says — then sends the reminders, and forgets old rate-limit windows.
 * Vouchers are expired in batches, each one transaction with one ledger transaction per voucher; running the job again
 * after a crash finds only what is left to do.
 */
public final class ExpiryJob implements Runnable {
    public static final String NAME = "vouchers.expiry";
    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);
    private static final Actor ACTOR = Actor.system(NAME);
    private static final int BATCH = 200;

    private final Database db;
    private final Clock clock;
    private final Ledger ledger;
    private final ProgrammeService programmes;
    private final Reminders reminders;

    public ExpiryJob(Database db, Clock clock, Ledger ledger, ProgrammeService programmes, Reminders reminders) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.reminders = requireNonNull(reminders, "reminders is null");
    }

    @Override
    public void run() {
        int expired = expireDue();
        int reminded = reminders.sendDue();
        if (expired > 0 || reminded > 0) {
            log.info("Vouchers expired: {}, reminders sent: {}", expired, reminded);
        }
    }

    /** Expires every voucher past its deadline that still holds value; returns how many. */
    public int expireDue() {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            Map<Long, Long> due = new java.util.LinkedHashMap<>();
            db.withHandle(handle -> handle.createQuery("""
                            SELECT id, programme_id FROM voucher WHERE status IN ('ACTIVE', 'BLOCKED') AND expires_at <= :now AND balance > 0
                            ORDER BY id LIMIT :limit""")
                    .bind("now", now).bind("limit", BATCH).map((rs, ctx) -> due.put(rs.getLong(1), rs.getLong(2))).list());
            if (due.isEmpty()) {
                return total;
            }
            Map<Long, VoucherProgramme> loaded = new HashMap<>();
            due.values().forEach(programme -> loaded.computeIfAbsent(programme, programmes::cached));
            total += db.inTransaction(handle -> expire(handle, List.copyOf(due.keySet()), loaded, now));
        }
    }

    private int expire(Handle handle, List<Long> ids, Map<Long, VoucherProgramme> loaded, Instant now) {
        int expired = 0;
        Map<Long, Long> returned = new HashMap<>();
        for (VoucherRow voucher : handle.attach(VoucherDao.class).lockAll(ids)) {
            VoucherStatus status = voucher.voucherStatus();
            if (voucher.balance() == 0 || (status != VoucherStatus.ACTIVE && status != VoucherStatus.BLOCKED)
                    || voucher.expiresAt().isAfter(now)) {
                continue;
            }
            VoucherProgramme programme = loaded.get(voucher.programmeId());
            Parts parts = voucher.parts();
            Booking booking = new Booking("expiry:" + voucher.id(), TransactionKind.EXPIRY, programme.id(), "expiry of voucher "
                    + voucher.id(), ACTOR).about(voucher.id());
            long subsidyBack = 0;
            for (Map.Entry<Long, Long> part : parts.bySource().entrySet()) {
                long source = part.getKey();
                long amount = part.getValue();
                booking.debit(LedgerAccount.voucher(voucher.id(), source), amount, voucher.id());
                if (source != 0 && programme.expiryRule() == ExpiryRule.RETURN_SUBSIDY_TO_BUDGET) {
                    booking.credit(LedgerAccount.budget(programme.id()), amount);
                    subsidyBack += amount;
                }
                else {
                    booking.credit(LedgerAccount.breakage(programme.id(), source), amount);
                }
            }
            ledger.post(handle, booking, now);
            if (handle.attach(VoucherDao.class).close(voucher.id(), voucher.balance(), VoucherStatus.EXPIRED.name(),
                    List.of(VoucherStatus.ACTIVE.name(), VoucherStatus.BLOCKED.name()), now) != 1) {
                throw new IllegalStateException("voucher " + voucher.id() + " changed while expiring");
            }
            returned.merge(programme.id(), subsidyBack, Long::sum);
            expired++;
        }
        returned.forEach((programme, amount) -> {
            if (amount > 0) {
                io.comptoir.vouchers.programme.BudgetStatements.releaseSubsidy(handle, programme, amount);
            }
        });
        return expired;
    }
}

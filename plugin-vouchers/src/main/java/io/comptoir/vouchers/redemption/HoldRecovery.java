package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerDao;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.voucher.Parts;
import io.comptoir.vouchers.voucher.VoucherRow;
import io.comptoir.vouchers.voucher.VoucherStatements;
import io.comptoir.vouchers.api.VoucherStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Finds and releases stranded holds. Every online hold is owned by the engine's payment it was authorised for: the engine
 * writes that payment (the intent) before it asks for the hold, and the hold records the payment's id and the
 * authorisation's key. A crash between the hold's commit and the engine's record of the answer leaves the engine a pending
 * payment it settles from {@link VoucherPaymentProvider#authorisationStatus}; this class is the plugin's own guard: a hold
 * still holding money whose payment no longer does (it failed, was voided or refunded, names another hold, or does not
 * exist) has no live owner. The ledger audit reports those, and a job releases them once they are older than
 * {@link #GRACE}, by the reversal of the hold's ledger transaction (a release, if part of the hold was already settled or
 * the voucher can no longer be spent: the value then goes onto a credit voucher, as any release does).
 */
public final class HoldRecovery {
    public static final String JOB = "vouchers.stranded-holds";
    public static final Duration PERIOD = Duration.ofMinutes(1);
    /**
     * How old a hold must be before this job releases it: longer than the engine's payment timeout (15 minutes), after which
     * it fails a pending order and asks about its payments within seconds. So the job only ever acts on what the engine did
     * not (an engine without the status query, a release a provider refused).
     */
    static final Duration GRACE = Duration.ofMinutes(20);
    private static final Actor RECOVERY = Actor.system("vouchers.hold-recovery");
    private static final Logger log = LoggerFactory.getLogger(HoldRecovery.class);

    /** A hold that still holds money while its payment holds less (or nothing). */
    public record StrandedHold(long holdId, long voucherId, long held, long paymentId, String why, Instant createdAt) {
        public String describe() {
            return "hold " + holdId + " of voucher " + voucherId + " holds " + held + " but " + why;
        }
    }

    private record OpenHold(long id, long voucherId, long held, long paymentId, Instant createdAt) {
    }

    private final Database db;
    private final Clock clock;
    private final Ledger ledger;
    private final ProgrammeService programmes;
    private final RedemptionBook book;
    private final Payments payments;

    public HoldRecovery(Database db, Clock clock, Ledger ledger, ProgrammeService programmes, RedemptionBook book, Payments payments) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.book = requireNonNull(book, "book is null");
        this.payments = requireNonNull(payments, "payments is null");
    }

    /** Every hold without a live owner, oldest first. */
    public List<StrandedHold> stranded() {
        List<OpenHold> open = db.withHandle(handle -> handle.createQuery("""
                        SELECT id, voucher_id, amount - captured - released AS held, payment_id, created_at FROM voucher_hold
                        WHERE amount - captured - released > 0 ORDER BY id""")
                .map((rs, ctx) -> new OpenHold(rs.getLong("id"), rs.getLong("voucher_id"), rs.getLong("held"), rs.getLong("payment_id"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list());
        List<StrandedHold> stranded = new ArrayList<>();
        for (OpenHold hold : open) {
            why(hold, payments.payment(new PaymentId(hold.paymentId())))
                    .ifPresent(why -> stranded.add(new StrandedHold(hold.id(), hold.voucherId(), hold.held(), hold.paymentId(), why, hold.createdAt())));
        }
        return stranded;
    }

    /** Why the payment does not own the hold's money; empty when it does (or may yet: still pending). */
    private static Optional<String> why(OpenHold hold, Optional<Payment> owner) {
        if (owner.isEmpty()) {
            return Optional.of("its payment " + hold.paymentId() + " does not exist");
        }
        Payment payment = owner.get();
        String reference = HoldRow.referenceOf(hold.id());
        if (!payment.provider().equals(VoucherPaymentProvider.ID)
                || payment.providerReference().filter(named -> !named.equals(reference)).isPresent()) {
            return Optional.of("its payment " + payment.id() + " names " + payment.providerReference().orElse(payment.provider()));
        }
        if (payment.status() == PaymentStatus.PENDING) {
            return Optional.empty();
        }
        long owned = payment.status() == PaymentStatus.FAILED ? 0
                : payment.amount().minorUnits() - payment.captured().minorUnits() - payment.released().minorUnits();
        if (owned >= hold.held()) {
            return Optional.empty();
        }
        return Optional.of("its payment " + payment.id() + " (" + payment.status().name().toLowerCase() + ") holds " + owned);
    }

    /** Releases the stranded holds older than {@link #GRACE}; returns how many. */
    public int releaseStranded() {
        Instant before = clock.instant().minus(GRACE);
        int released = 0;
        for (StrandedHold hold : stranded()) {
            if (hold.createdAt().isBefore(before) && release(hold)) {
                log.warn("Released stranded {}", hold.describe());
                released++;
            }
        }
        return released;
    }

    private boolean release(StrandedHold stranded) {
        db.with(io.comptoir.vouchers.voucher.VoucherDao.class, dao -> dao.find(stranded.voucherId()))
                .ifPresent(row -> programmes.cached(row.programmeId()));
        return db.inTransaction(handle -> {
            VoucherRow voucher = VoucherStatements.lock(handle, stranded.voucherId()).orElseThrow();
            HoldRow hold = handle.attach(RedemptionDao.class).lockHold(stranded.holdId()).orElseThrow();
            if (hold.outstanding() != stranded.held()) {
                return false;
            }
            Instant now = clock.instant();
            VoucherStatus status = voucher.voucherStatus();
            boolean receivable = (status == VoucherStatus.ACTIVE || status == VoucherStatus.SPENT) && now.isBefore(voucher.expiresAt());
            if (hold.captured() > 0 || hold.released() > 0 || !receivable) {
                book.release(handle, programmes.cachedIfLoaded(voucher.programmeId()).orElseThrow(), voucher, hold, hold.outstanding(),
                        "recovery-" + hold.id(), RECOVERY);
                return true;
            }
            long holdTransaction = handle.attach(LedgerDao.class).transactionByKey("hold:" + hold.idempotencyKey()).orElseThrow();
            Parts parts = RedemptionBook.holdParts(handle, hold, Currency.getInstance(voucher.currency()));
            ledger.reverse(handle, holdTransaction, new Booking("recovery:" + hold.id(), TransactionKind.RELEASE, voucher.programmeId(),
                    "reversal of stranded hold " + hold.id(), RECOVERY).about(voucher.id()));
            if (!VoucherStatements.restore(handle, voucher, parts, now)) {
                throw new IllegalStateException("voucher " + voucher.id() + " cannot take back " + parts.total());
            }
            if (handle.attach(RedemptionDao.class).settleHold(hold.id(), 0, hold.outstanding()) != 1) {
                throw new IllegalStateException("hold " + hold.id() + " cannot release " + hold.outstanding());
            }
            return true;
        });
    }
}

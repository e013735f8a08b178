package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.RedemptionChannel;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.code.CodeGenerator;
import io.comptoir.vouchers.ledger.AccountKind;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.EntryRow;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAccount;
import io.comptoir.vouchers.ledger.LedgerDao;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.voucher.Parts;
import io.comptoir.vouchers.voucher.VoucherEvents;
import io.comptoir.vouchers.voucher.VoucherRow;
import io.comptoir.vouchers.voucher.VoucherStatements;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The bookings of spending a voucher, shared by the counter and the payment provider. Each runs in the caller's
 * transaction, on a voucher the caller has locked: it books one balanced ledger transaction, moves the voucher's cached
 * balance with a guarded single statement, and records the redemption. Amounts are split between the voucher's sources
 * (buyer money, each funder's subsidy) in proportion to what each still holds.
 *
 * <p>Value given back (a release, a refund) goes back onto its voucher while the voucher can be spent; otherwise (expired,
 * past its deadline, blocked) onto a new credit voucher for the same holder, valid at least the programme's credit
 * validity, so that a shopper never loses a refund.
 */
public final class RedemptionBook {
    private final Ledger ledger;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final CodeGenerator codes;
    private final ProgrammeService programmes;
    private final VoucherEvents events;

    public RedemptionBook(Ledger ledger, Clock clock, MarketCalendar calendar, CodeGenerator codes, ProgrammeService programmes,
            VoucherEvents events) {
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.codes = requireNonNull(codes, "codes is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.events = requireNonNull(events, "events is null");
    }

    static Parts holdParts(Handle handle, HoldRow hold, Currency currency) {
        return Parts.ofCreditBalances(currency, io.comptoir.vouchers.ledger.LedgerStatements.balancesByPart(handle, AccountKind.HOLD, hold.id()));
    }

    /** Idempotency of a redemption row: its scope, key and the hash of the request. */
    record Key(String scope, String key, String hash) {
    }

    /** Redeems an amount in store; returns the redemption as stored. */
    RedemptionRow redeem(Handle handle, VoucherRow voucher, long merchant, long amount, Key key, Long staff, Actor actor) {
        Instant now = clock.instant();
        Parts taken = voucher.parts().take(amount);
        Booking booking = new Booking("redeem:" + key.scope() + ":" + key.key(), TransactionKind.REDEMPTION, voucher.programmeId(),
                "redemption at merchant " + merchant, actor).about(voucher.id());
        taken.bySource().forEach((source, part) -> booking.debit(LedgerAccount.voucher(voucher.id(), source), part, voucher.id()));
        creditMerchant(booking, taken, merchant, voucher.moneySource());
        long transaction = ledger.post(handle, booking, now);
        if (!VoucherStatements.spend(handle, voucher, taken, now)) {
            throw insufficient(voucher);
        }
        long id = RedemptionStatements.insert(handle, key.scope(), key.key(), key.hash(), voucher.id(), voucher.programmeId(), merchant,
                amount, taken.buyer(), taken.subsidy(), voucher.currency(), RedemptionChannel.STORE.name(), null, null, null, null, staff,
                now, calendar.dayOf(now), transaction);
        return new RedemptionRow(id, key.hash(), voucher.id(), voucher.code(), voucher.programmeId(), merchant, amount, taken.buyer(),
                taken.subsidy(), voucher.currency(), RedemptionChannel.STORE.name(), null, null, null, null, now, transaction);
    }

    /** Holds an amount for an online authorisation (a pending transfer); returns the hold's id. */
    long hold(Handle handle, VoucherRow voucher, long amount, String key, long payment, String orderNumber, Actor actor) {
        Instant now = clock.instant();
        Parts taken = voucher.parts().take(amount);
        long hold = handle.attach(RedemptionDao.class).insertHold(voucher.id(), key, payment, orderNumber, amount, now);
        Booking booking = new Booking("hold:" + key, TransactionKind.HOLD, voucher.programmeId(), "hold for order " + orderNumber, actor)
                .about(voucher.id());
        taken.bySource().forEach((source, part) -> {
            booking.debit(LedgerAccount.voucher(voucher.id(), source), part, voucher.id());
            booking.credit(LedgerAccount.hold(hold, source), part, voucher.id());
        });
        ledger.post(handle, booking, now);
        if (!VoucherStatements.spend(handle, voucher, taken, now)) {
            throw insufficient(voucher);
        }
        return hold;
    }

    /** Posts part of a hold to a shop (capture); returns the redemption's id. */
    long capture(Handle handle, VoucherRow voucher, HoldRow hold, long merchant, long merchantOrder, long amount, String key, Actor actor) {
        Instant now = clock.instant();
        Parts taken = holdParts(handle, hold, Currency.getInstance(voucher.currency())).take(amount);
        Booking booking = new Booking("capture:" + key, TransactionKind.CAPTURE, voucher.programmeId(), "capture for merchant order "
                + merchantOrder, actor).about(voucher.id());
        taken.bySource().forEach((source, part) -> booking.debit(LedgerAccount.hold(hold.id(), source), part, voucher.id()));
        creditMerchant(booking, taken, merchant, voucher.moneySource());
        long transaction = ledger.post(handle, booking, now);
        if (handle.attach(RedemptionDao.class).settleHold(hold.id(), amount, 0) != 1) {
            throw new IllegalStateException("hold " + hold.id() + " cannot capture " + amount);
        }
        return RedemptionStatements.insert(handle, "capture", key, "", voucher.id(), voucher.programmeId(), merchant, amount,
                taken.buyer(), taken.subsidy(), voucher.currency(), RedemptionChannel.ONLINE.name(), hold.id(), merchantOrder, null, null,
                null, now, calendar.dayOf(now), transaction);
    }

    /** Voids part of a hold: the amount goes back to the voucher (or onto a credit voucher). */
    Optional<Long> release(Handle handle, VoucherProgramme programme, VoucherRow voucher, HoldRow hold, long amount, String key, Actor actor) {
        Parts taken = holdParts(handle, hold, Currency.getInstance(voucher.currency())).take(amount);
        Booking booking = new Booking("release:" + key, TransactionKind.RELEASE, voucher.programmeId(), "release of hold " + hold.id(), actor)
                .about(voucher.id());
        taken.bySource().forEach((source, part) -> booking.debit(LedgerAccount.hold(hold.id(), source), part, voucher.id()));
        Optional<Long> credit = giveBack(handle, programme, voucher, taken, booking, actor);
        if (handle.attach(RedemptionDao.class).settleHold(hold.id(), 0, amount) != 1) {
            throw new IllegalStateException("hold " + hold.id() + " cannot release " + amount);
        }
        return credit;
    }

    /**
     * Refunds part of a redemption from the shop back to the voucher (or onto a credit voucher); returns the refund's id.
     *
     * @throws io.comptoir.engine.api.error.InvalidInputException when the amount is more than is left to refund
     */
    long refund(Handle handle, VoucherProgramme programme, VoucherRow voucher, RedemptionRow redemption, long amount, Key key, Long staff,
                Actor actor) {
        Instant now = clock.instant();
        Parts refundable = refundable(handle, redemption);
        if (amount <= 0 || amount > refundable.total()) {
            throw new io.comptoir.engine.api.error.InvalidInputException("amount", "invalid_amount", "at most "
                    + new io.comptoir.engine.api.money.Money(refundable.total(), Currency.getInstance(voucher.currency()))
                    + " of this redemption is left to refund");
        }
        Parts taken = refundable.take(amount);
        Booking booking = new Booking("refund:" + key.scope() + ":" + key.key(), TransactionKind.REFUND, voucher.programmeId(),
                "refund of redemption " + redemption.id(), actor).about(voucher.id());
        taken.bySource().forEach((source, part) -> booking.debit(source == AccountKind.BUYER_PART
                ? LedgerAccount.merchantBuyer(redemption.merchantId(), voucher.moneySource())
                : LedgerAccount.merchantSubsidy(redemption.merchantId(), source), part));
        Optional<Long> credit = giveBack(handle, programme, voucher, taken, booking, actor);
        long transaction = handle.attach(LedgerDao.class).transactionByKey(booking.key()).orElseThrow();
        return RedemptionStatements.insert(handle, key.scope(), key.key(), key.hash(), voucher.id(), voucher.programmeId(),
                redemption.merchantId(), -amount, -taken.buyer(), -taken.subsidy(), voucher.currency(), redemption.channel(),
                redemption.holdId(), redemption.merchantOrderId(), redemption.id(), credit.orElse(null), staff, now,
                calendar.dayOf(now), transaction);
    }

    /** What is left to refund of a redemption, by source: its entries to the shop net of its refunds'. */
    static Parts refundable(Handle handle, RedemptionRow redemption) {
        List<Long> transactions = handle.attach(RedemptionDao.class).withRefunds(redemption.id()).stream()
                .map(RedemptionRow::transactionId).toList();
        TreeMap<Long, Long> parts = new TreeMap<>();
        for (EntryRow sum : handle.attach(LedgerDao.class).sumsOver(transactions,
                List.of(AccountKind.MERCHANT_BUYER.name(), AccountKind.MERCHANT_SUBSIDY.name()))) {
            if (sum.ownerId() != redemption.merchantId()) {
                continue;
            }
            long source = sum.account().kind() == AccountKind.MERCHANT_BUYER ? AccountKind.BUYER_PART : sum.partId();
            parts.merge(source, -sum.amount(), Long::sum);
        }
        return new Parts(Currency.getInstance(redemption.currency()), parts);
    }

    private static void creditMerchant(Booking booking, Parts taken, long merchant, long moneySource) {
        taken.bySource().forEach((source, part) -> booking.credit(source == AccountKind.BUYER_PART
                ? LedgerAccount.merchantBuyer(merchant, moneySource) : LedgerAccount.merchantSubsidy(merchant, source), part));
    }

    /**
     * Completes a booking that gives value back: credits the voucher if it can still be spent, else a new credit voucher.
     * Posts the booking. Returns the credit voucher's id, if one was made.
     */
    private Optional<Long> giveBack(Handle handle, VoucherProgramme programme, VoucherRow voucher, Parts parts, Booking booking, Actor actor) {
        Instant now = clock.instant();
        VoucherStatus status = voucher.voucherStatus();
        boolean receivable = (status == VoucherStatus.ACTIVE || status == VoucherStatus.SPENT) && now.isBefore(voucher.expiresAt());
        if (receivable) {
            parts.bySource().forEach((source, part) -> booking.credit(LedgerAccount.voucher(voucher.id(), source), part, voucher.id()));
            ledger.post(handle, booking, now);
            if (!VoucherStatements.restore(handle, voucher, parts, now)) {
                throw new IllegalStateException("voucher " + voucher.id() + " cannot take back " + parts.total());
            }
            return Optional.empty();
        }
        Instant creditEnd = calendar.endOf(calendar.dayOf(now).plusDays(programme.creditValidityDays()));
        Instant expiresAt = voucher.expiresAt() != null && voucher.expiresAt().isAfter(creditEnd) ? voucher.expiresAt() : creditEnd;
        long credit = VoucherStatements.insert(handle, codes.next().value(), voucher.programmeId(), null, parts.total(), parts,
                VoucherStatus.ACTIVE.name(), VoucherOrigin.CREDIT.name(), voucher.pointOfSaleId(), null,
                voucher.holderAccountId(), voucher.holderEmail(), null, now, expiresAt);
        parts.bySource().forEach((source, part) -> booking.credit(LedgerAccount.voucher(credit, source), part, credit));
        ledger.post(handle, booking, now);
        if (voucher.holderEmail() != null) {
            events.creditIssued(handle, credit, voucher.holderEmail(), actor);
        }
        return Optional.of(credit);
    }

    static ConflictException insufficient(VoucherRow voucher) {
        return new ConflictException("insufficient_balance", "the voucher has only "
                + new io.comptoir.engine.api.money.Money(voucher.balance(), Currency.getInstance(voucher.currency())) + " left");
    }
}

package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.RedemptionChannel;
import io.comptoir.vouchers.api.RefundRequest;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.StoreRedemptions;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherLookup;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.support.Hashing;
import io.comptoir.vouchers.support.Inputs;
import io.comptoir.vouchers.voucher.CodeLookup;
import io.comptoir.vouchers.voucher.LockedVoucher;
import io.comptoir.vouchers.voucher.VoucherRow;
import io.comptoir.vouchers.voucher.VoucherStatements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** The {@link StoreRedemptions}. */
public final class StoreRedemptionService implements StoreRedemptions {
    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final ProgrammeService programmes;
    private final CodeLookup codes;
    private final RedemptionBook book;

    public StoreRedemptionService(Database db, Clock clock, MarketCalendar calendar, ProgrammeService programmes, CodeLookup codes,
            RedemptionBook book) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.codes = requireNonNull(codes, "codes is null");
        this.book = requireNonNull(book, "book is null");
    }

    @Override
    public VoucherLookup lookup(MerchantId merchant, Account staff, String code, String client) {
        requireStaff(staff, merchant);
        VoucherRow voucher = codes.find(code, Requester.of(staff.id(), client));
        VoucherProgramme programme = programmes.cached(voucher.programmeId());
        boolean accepted = programmes.accepts(voucher.programmeId(), merchant);
        Optional<String> refusal = refusal(voucher, accepted, programme, clock.instant()).map(ConflictException::getMessage);
        return new VoucherLookup(io.comptoir.vouchers.api.VoucherCode.of(voucher.code()).masked(), programme.name(),
                new Money(voucher.balance(), Currency.getInstance(voucher.currency())), voucher.voucherStatus(),
                Optional.ofNullable(voucher.expiresAt()), refusal);
    }

    /** Why the voucher cannot be spent at that shop now, if it cannot. */
    private static Optional<ConflictException> refusal(VoucherRow voucher, boolean accepted, VoucherProgramme programme, Instant now) {
        VoucherStatus status = voucher.voucherStatus();
        if (status == VoucherStatus.BLOCKED) {
            return Optional.of(new ConflictException("voucher_blocked", "this voucher is blocked"));
        }
        if (status == VoucherStatus.EXPIRED || voucher.expiresAt() == null || !now.isBefore(voucher.expiresAt())) {
            return Optional.of(new ConflictException("voucher_expired", "this voucher has expired"));
        }
        if (status == VoucherStatus.SPENT || voucher.balance() == 0) {
            return Optional.of(new ConflictException("insufficient_balance", "nothing is left on this voucher"));
        }
        if (status != VoucherStatus.ACTIVE) {
            return Optional.of(new ConflictException("voucher_not_active", "this voucher cannot be spent"));
        }
        if (!accepted) {
            return Optional.of(new ConflictException("not_accepted_here", "this shop does not take " + programme.name() + " vouchers"));
        }
        return Optional.empty();
    }

    @Override
    public Receipt redeem(RedeemRequest request) {
        requireNonNull(request, "request is null");
        String key = Inputs.idempotencyKey(request.idempotencyKey());
        requireStaff(request.staff(), request.merchant());
        Requester requester = Requester.of(request.staff().id(), request.client());
        VoucherCode code = VoucherCode.parse(request.code()).orElseThrow(() -> codes.unknown(requester));
        if (!request.amount().isPositive()) {
            throw new InvalidInputException("amount", "invalid_amount", "an amount to redeem is positive");
        }
        long amount = request.amount().minorUnits();
        String scope = "store:" + request.merchant().value();
        String hash = Hashing.sha256(code.value() + "|" + amount);
        long merchant = request.merchant().value();
        Actor actor = Actor.account(request.staff().id().value());
        // What the transaction needs to know of programmes and eligibility is read before it, so that it reads nothing else.
        Map<Long, VoucherProgramme> known = programmes.cachedAll();
        Set<Long> accepting = programmes.acceptingProgrammes(request.merchant());
        codes.check(requester);
        Outcome outcome;
        try {
            outcome = db.inTransaction(handle -> {
                LockedVoucher locked = VoucherStatements.lockByCodeForRedemption(handle, code.value(), scope, key)
                        .orElseThrow(UnknownCode::new);
                if (CodeLookup.unsold(locked.voucher())) {
                    throw new UnknownCode();
                }
                VoucherRow voucher = locked.voucher();
                if (locked.earlier() != null) {
                    return new Outcome(handle.attach(RedemptionDao.class).find(locked.earlier()).orElseThrow(), true, voucher.balance(),
                            voucher.expiresAt());
                }
                if (!request.amount().currency().getCurrencyCode().equals(voucher.currency())) {
                    throw new InvalidInputException("amount", "invalid_amount", "an amount to redeem is in " + voucher.currency());
                }
                VoucherProgramme programme = known.get(voucher.programmeId());
                if (programme == null) {
                    throw new UnknownProgramme();
                }
                Optional<ConflictException> refusal = refusal(voucher, accepting.contains(programme.id()), programme, clock.instant());
                if (refusal.isPresent()) {
                    throw refusal.get();
                }
                if (amount > voucher.balance()) {
                    throw RedemptionBook.insufficient(voucher);
                }
                RedemptionRow redeemed = book.redeem(handle, voucher, merchant, amount, new RedemptionBook.Key(scope, key, hash),
                        request.staff().id().value(), actor);
                return new Outcome(redeemed, false, voucher.balance() - amount, voucher.expiresAt());
            });
        }
        catch (UnknownCode e) {
            throw codes.unknown(requester);
        }
        catch (UnknownProgramme e) {
            // a programme created after this node last read the list: read it again and start over
            programmes.forgetAll();
            return redeem(request);
        }
        if (outcome.replayed() && !outcome.row().requestHash().equals(hash)) {
            throw new ConflictException("idempotency_key_reused", "this idempotency key was used for another redemption");
        }
        return receipt(outcome);
    }

    /** Thrown inside the transaction when the code is not a sold voucher's: answered outside, where the attempt is counted. */
    private static final class UnknownCode extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownCode() {
            super(null, null, false, false);
        }
    }

    /** Thrown inside the transaction when the voucher's programme is newer than this node's list of programmes. */
    private static final class UnknownProgramme extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownProgramme() {
            super(null, null, false, false);
        }
    }

    @Override
    public Receipt refund(RefundRequest request) {
        requireNonNull(request, "request is null");
        String key = Inputs.idempotencyKey(request.idempotencyKey());
        requireStaff(request.staff(), request.merchant());
        RedemptionRow original = db.with(RedemptionDao.class, dao -> dao.find(request.redemptionId()))
                .filter(row -> row.merchantId() == request.merchant().value() && row.refundOf() == null
                        && row.channel().equals(RedemptionChannel.STORE.name()))
                .orElseThrow(() -> NotFoundException.of("redemption", request.redemptionId()));
        Currency currency = Currency.getInstance(original.currency());
        if (!request.amount().currency().equals(currency) || !request.amount().isPositive()) {
            throw new InvalidInputException("amount", "invalid_amount", "an amount to refund is positive, in " + currency);
        }
        String scope = "store-refund:" + request.merchant().value();
        VoucherProgramme programme = programmes.cached(original.programmeId());
        String hash = Hashing.sha256(original.id() + "|" + request.amount().minorUnits());
        Actor actor = Actor.account(request.staff().id().value());
        Outcome outcome = db.inTransaction(handle -> {
            VoucherRow voucher = io.comptoir.vouchers.voucher.VoucherStatements.lock(handle, original.voucherId()).orElseThrow();
            Optional<RedemptionRow> earlier = handle.attach(RedemptionDao.class).byKey(scope, key);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), true, voucher.balance(), voucher.expiresAt());
            }
            long id = book.refund(handle, programme, voucher, original, request.amount().minorUnits(), new RedemptionBook.Key(scope, key, hash),
                    request.staff().id().value(), actor);
            VoucherRow after = VoucherStatements.lock(handle, voucher.id()).orElseThrow();
            return new Outcome(handle.attach(RedemptionDao.class).find(id).orElseThrow(), false, after.balance(), after.expiresAt());
        });
        if (outcome.replayed() && !outcome.row().requestHash().equals(hash)) {
            throw new ConflictException("idempotency_key_reused", "this idempotency key was used for another refund");
        }
        return receipt(outcome);
    }

    /** What a redemption or refund made, with the voucher's balance after it and its deadline. */
    private record Outcome(RedemptionRow row, boolean replayed, long balanceAfter, java.time.Instant expiresAt) {
    }

    private Receipt receipt(Outcome outcome) {
        VoucherProgramme programme = programmes.cached(outcome.row().programmeId());
        return new Receipt(outcome.row().toRedemption(), programme.name(),
                new Money(outcome.balanceAfter(), Currency.getInstance(outcome.row().currency())), Optional.ofNullable(outcome.expiresAt()),
                outcome.replayed());
    }

    @Override
    public List<Redemption> redemptionsOf(MerchantId merchant, Account staff, LocalDate from, LocalDate to) {
        requireStaff(staff, merchant);
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw InvalidInputException.invalid("to", "the period ends after it starts");
        }
        return db.with(RedemptionDao.class, dao -> dao.ofMerchant(merchant.value(), calendar.startOf(from), calendar.endOf(to)))
                .stream().map(RedemptionRow::toRedemption).toList();
    }

    @Override
    public Optional<Redemption> redemption(MerchantId merchant, Account staff, long redemptionId) {
        requireStaff(staff, merchant);
        return db.with(RedemptionDao.class, dao -> dao.find(redemptionId)).filter(row -> row.merchantId() == merchant.value())
                .map(RedemptionRow::toRedemption);
    }

    /** The account works for the shop (or runs the territory). */
    static void requireStaff(Account staff, MerchantId merchant) {
        requireNonNull(staff, "staff is null");
        requireNonNull(merchant, "merchant is null");
        if (!staff.active() || !(staff.isStaffOf(merchant.value()) || staff.hasRole(Role.TERRITORY_ADMIN))) {
            throw NotFoundException.of("merchant", merchant);
        }
    }
}

package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentRefusal;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.voucher.CodeLookup;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherRow;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Vouchers as a way to pay in the marketplace's checkout (provider id {@code voucher}, tender detail {@code code}; the web
 * layer may add {@code client}, the shopper's IP address, for the wrong-code limits). It works like a card processor
 * with two-phase transfers: {@link #authorise} holds the amount on the voucher (never below zero), {@link #capture} posts
 * each shop's share to the shop with the buyer/funder split, {@link #release} voids what is not captured, and
 * {@link #refund} gives captured value back to the voucher — or onto a credit voucher when the voucher has expired (see
 * {@link RedemptionBook}). Every operation is idempotent on the engine's key. Only the shops that take the programme's
 * vouchers are eligible; the voucher shop never is.
 *
 * <p>Every hold records the engine's payment it was authorised for and the authorisation's key: the engine wrote that
 * payment before asking, so after a crash between the hold's commit and the engine's, the engine finds it pending and asks
 * {@link #authorisationStatus} (by the key), and {@link HoldRecovery} finds any hold whose payment no longer holds it.
 */
public final class VoucherPaymentProvider implements PaymentProvider {
    public static final String ID = "voucher";
    /** The {@link PaymentRefusal} code of a shop that takes part in no programme: no voucher can pay it. */
    public static final String NOT_IN_PROGRAMME = "not_in_voucher_programme";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final ProgrammeService programmes;
    private final CodeLookup codes;
    private final RedemptionBook book;

    public VoucherPaymentProvider(Database db, Clock clock, MarketCalendar calendar, ProgrammeService programmes, CodeLookup codes,
            RedemptionBook book) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.codes = requireNonNull(codes, "codes is null");
        this.book = requireNonNull(book, "book is null");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Bon d'achat";
    }

    /** A shop that takes part in no programme (nor the voucher shop, which never takes vouchers) cannot be paid by voucher. */
    @Override
    public Optional<PaymentRefusal> refusal(MerchantId merchant) {
        return programmes.acceptingProgrammes(merchant).isEmpty() ? Optional.of(new PaymentRefusal(NOT_IN_PROGRAMME,
                "la boutique ne fait partie d’aucun programme de bons d’achat")) : Optional.empty();
    }

    @Override
    public TenderCapacity capacity(TenderRequest tender, Map<MerchantId, Money> dueByMerchant) {
        Requester requester = new Requester(Optional.ofNullable(tender.details().get("account")).flatMap(VoucherPaymentProvider::accountId),
                tender.details().getOrDefault("client", ""));
        VoucherRow voucher = codes.find(tender.details().get("code"), requester);
        Instant now = clock.instant();
        if (voucher.voucherStatus() == VoucherStatus.BLOCKED) {
            throw new InvalidInputException("code", "voucher_blocked", "this voucher is blocked");
        }
        if (voucher.voucherStatus() == VoucherStatus.EXPIRED || !now.isBefore(voucher.expiresAt())) {
            throw new InvalidInputException("code", "voucher_expired", "this voucher expired on "
                    + DAY.format(calendar.lastDayBefore(voucher.expiresAt())));
        }
        if (voucher.balance() == 0) {
            throw new InvalidInputException("code", "voucher_spent", "nothing is left on this voucher");
        }
        Set<MerchantId> eligible = dueByMerchant.keySet().stream()
                .filter(merchant -> programmes.accepts(voucher.programmeId(), merchant)).collect(Collectors.toSet());
        return new TenderCapacity(eligible, Optional.of(new Money(voucher.balance(), Currency.getInstance(voucher.currency()))),
                label(voucher));
    }

    private static Optional<AccountId> accountId(String text) {
        try {
            return Optional.of(new AccountId(Long.parseLong(text)));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String label(VoucherRow voucher) {
        return "Bon d'achat •••• " + VoucherCode.of(voucher.code()).lastFour();
    }

    @Override
    public ProviderResult authorise(Authorisation request) {
        Optional<VoucherCode> code = VoucherCode.parse(request.details().get("code"));
        if (code.isEmpty()) {
            return ProviderResult.declined("", CodeLookup.GENERIC);
        }
        Optional<VoucherRow> found = db.withHandle(h -> io.comptoir.vouchers.voucher.VoucherStatements.findByCode(h, code.get().value()));
        if (found.isEmpty()) {
            return ProviderResult.declined("", CodeLookup.GENERIC);
        }
        for (MerchantId merchant : request.shares().keySet()) {
            if (!programmes.accepts(found.get().programmeId(), merchant)) {
                return ProviderResult.declined("", "bon non accepté par cette boutique");
            }
        }
        Actor actor = Actor.account(request.shopper().value());
        return db.inTransaction(handle -> {
            Optional<HoldRow> earlier = handle.attach(RedemptionDao.class).holdByKey(request.idempotencyKey());
            if (earlier.isPresent()) {
                return ProviderResult.approved(earlier.get().reference());
            }
            Optional<VoucherRow> locked = handle.attach(VoucherDao.class).lockByCode(code.get().value());
            if (locked.isEmpty()) {
                return ProviderResult.declined("", CodeLookup.GENERIC);
            }
            VoucherRow voucher = locked.get();
            earlier = handle.attach(RedemptionDao.class).holdByKey(request.idempotencyKey());
            if (earlier.isPresent()) {
                return ProviderResult.approved(earlier.get().reference());
            }
            long amount = request.amount().minorUnits();
            if (voucher.voucherStatus() != VoucherStatus.ACTIVE || !clock.instant().isBefore(voucher.expiresAt())) {
                return ProviderResult.declined("", "bon d'achat inutilisable (expiré, bloqué ou épuisé)");
            }
            if (!request.amount().currency().getCurrencyCode().equals(voucher.currency()) || amount <= 0) {
                return ProviderResult.declined("", "montant invalide");
            }
            if (amount > voucher.balance()) {
                return ProviderResult.declined("", "solde insuffisant");
            }
            long hold = book.hold(handle, voucher, amount, request.idempotencyKey(), request.payment().value(), request.orderNumber(), actor);
            return ProviderResult.approved("voucher-hold-" + hold);
        });
    }

    /**
     * From the hold the authorisation made, found by its key: {@code AUTHORISED} while it holds money, {@code CLOSED} once
     * captured or released in full; {@code NOT_FOUND} when there is none (a refused authorisation makes no hold).
     */
    @Override
    public AuthorisationStatus authorisationStatus(AuthorisationQuery query) {
        return db.with(RedemptionDao.class, dao -> dao.holdByKey(query.idempotencyKey()))
                .map(hold -> AuthorisationStatus.of(hold.outstanding() > 0 ? AuthorisationStatus.State.AUTHORISED
                        : AuthorisationStatus.State.CLOSED, hold.reference()))
                .orElseGet(AuthorisationStatus::notFound);
    }

    @Override
    public ProviderResult capture(PaymentOperation operation) {
        return operate(operation, (handle, voucher, hold) -> {
            if (operation.amount().minorUnits() > hold.outstanding()) {
                return ProviderResult.declined(operation.providerReference(), "montant supérieur à l'autorisation");
            }
            book.capture(handle, voucher, hold, operation.merchant().value(), operation.merchantOrder().value(),
                    operation.amount().minorUnits(), operation.idempotencyKey(), Actor.system("checkout"));
            return ProviderResult.approved(operation.providerReference());
        }, "capture:");
    }

    @Override
    public ProviderResult release(PaymentOperation operation) {
        return operate(operation, (handle, voucher, hold) -> {
            if (operation.amount().minorUnits() > hold.outstanding()) {
                return ProviderResult.declined(operation.providerReference(), "montant supérieur à l'autorisation");
            }
            book.release(handle, programme(voucher), voucher, hold, operation.amount().minorUnits(), operation.idempotencyKey(),
                    Actor.system("checkout"));
            return ProviderResult.approved(operation.providerReference());
        }, "release:");
    }

    @Override
    public ProviderResult refund(PaymentOperation operation) {
        return operate(operation, (handle, voucher, hold) -> {
            long left = operation.amount().minorUnits();
            List<RedemptionRow> captures = handle.attach(RedemptionDao.class).capturesOf(hold.id(), operation.merchantOrder().value());
            long refundable = captures.stream().mapToLong(capture -> RedemptionBook.refundable(handle, capture).total()).sum();
            if (left > refundable) {
                return ProviderResult.declined(operation.providerReference(), "montant supérieur au débit");
            }
            for (int i = captures.size() - 1; i >= 0 && left > 0; i--) {
                RedemptionRow capture = captures.get(i);
                long part = Math.min(left, RedemptionBook.refundable(handle, capture).total());
                if (part > 0) {
                    VoucherRow current = handle.attach(VoucherDao.class).find(voucher.id()).orElseThrow();
                    book.refund(handle, programme(voucher), current, capture, part, new RedemptionBook.Key("refund", operation.idempotencyKey() + ":"
                            + capture.id(), ""), null, Actor.system("checkout"));
                    left -= part;
                }
            }
            return ProviderResult.approved(operation.providerReference());
        }, "refund:");
    }

    /** The voucher's programme, loaded before the operation's transaction (see {@link #operate}). */
    private VoucherProgramme programme(VoucherRow voucher) {
        return programmes.cachedIfLoaded(voucher.programmeId()).orElseThrow();
    }

    private interface Operation {
        ProviderResult apply(org.jdbi.v3.core.Handle handle, VoucherRow voucher, HoldRow hold);
    }

    /** Runs an operation on a hold under its voucher's lock, once per idempotency key. */
    private ProviderResult operate(PaymentOperation operation, Operation body, String keyPrefix) {
        long holdId = HoldRow.idOf(operation.providerReference());
        Optional<HoldRow> hold = holdId < 0 ? Optional.empty() : db.with(RedemptionDao.class, dao -> dao.hold(holdId));
        if (hold.isEmpty()) {
            return ProviderResult.declined(operation.providerReference(), "autorisation inconnue");
        }
        db.with(VoucherDao.class, dao -> dao.find(hold.get().voucherId())).ifPresent(row -> programmes.cached(row.programmeId()));
        return db.inTransaction(handle -> {
            VoucherRow voucher = io.comptoir.vouchers.voucher.VoucherStatements.lock(handle, hold.get().voucherId()).orElseThrow();
            if (alreadyDone(handle, keyPrefix + operation.idempotencyKey())) {
                return ProviderResult.approved(operation.providerReference());
            }
            HoldRow current = handle.attach(RedemptionDao.class).lockHold(holdId).orElseThrow();
            return body.apply(handle, voucher, current);
        });
    }

    private static boolean alreadyDone(org.jdbi.v3.core.Handle handle, String ledgerKey) {
        io.comptoir.vouchers.ledger.LedgerDao ledger = handle.attach(io.comptoir.vouchers.ledger.LedgerDao.class);
        if (ledgerKey.startsWith("refund:")) {
            return handle.createQuery("SELECT COUNT(*) FROM voucher_redemption WHERE idempotency_scope = 'refund' AND idempotency_key LIKE :prefix")
                    .bind("prefix", ledgerKey.substring("refund:".length()).replace("%", "\\%").replace("_", "\\_") + ":%")
                    .mapTo(Integer.class).one() > 0;
        }
        return ledger.transactionByKey(ledgerKey).isPresent();
    }
}

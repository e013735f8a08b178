package io.comptoir.vouchers.programme;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAccount;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.support.Inputs;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The {@link Programmes}. Sales and redemptions read programmes through {@link #cached(long)}: a copy kept for a short
 * while (default 30 s, dropped at once on this node's own changes), since the amounts that must be exact (budget,
 * balances, deadlines of sold vouchers) are never taken from it but from their rows.
 */
public final class ProgrammeService implements Programmes {
    private static final Pattern FUNDER_CODE = Pattern.compile("[A-Z0-9_-]{2,32}");

    private final Database db;
    private final Ledger ledger;
    private final Clock clock;
    private final MerchantDirectory merchants;
    private final Catalogue catalogue;
    private final Duration ttl;
    private final Map<Long, Timed<CachedProgramme>> cache = new ConcurrentHashMap<>();
    private final Map<String, Timed<Boolean>> decisions = new ConcurrentHashMap<>();
    private volatile Timed<Optional<Long>> voucherShop;
    private volatile Timed<Map<Long, VoucherProgramme>> all;

    private record Timed<T>(T value, long loadedAtNanos) {
    }

    /** A programme with its eligible categories expanded to their sub-categories. */
    private record CachedProgramme(VoucherProgramme programme, Set<CategoryId> categories) {
    }

    public ProgrammeService(Database db, Ledger ledger, Clock clock, MerchantDirectory merchants, Catalogue catalogue, Duration ttl) {
        this.db = requireNonNull(db, "db is null");
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.ttl = requireNonNull(ttl, "ttl is null");
    }

    @Override
    public Funder createFunder(String code, String name, Actor actor) {
        requireNonNull(actor, "actor is null");
        if (code == null || !FUNDER_CODE.matcher(code).matches()) {
            throw InvalidInputException.invalid("code", "a funder code has 2 to 32 upper-case letters, digits, dashes or underscores");
        }
        String cleanName = Inputs.text("name", name, 1, 200);
        try {
            long id = db.inTransaction(handle -> handle.attach(ProgrammeDao.class).insertFunder(code, cleanName, clock.instant()));
            return new Funder(id, code, cleanName);
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("funder_exists", "a funder " + code + " already exists");
            }
            throw e;
        }
    }

    @Override
    public List<Funder> funders() {
        return db.with(ProgrammeDao.class, ProgrammeDao::funders);
    }

    @Override
    public Optional<Funder> funder(long id) {
        return db.with(ProgrammeDao.class, dao -> dao.funder(id));
    }

    @Override
    public Optional<Funder> funderByCode(String code) {
        return db.with(ProgrammeDao.class, dao -> dao.funderByCode(requireNonNull(code, "code is null")));
    }

    @Override
    public VoucherProgramme create(ProgrammeDraft draft, Actor actor) {
        requireNonNull(draft, "draft is null");
        requireNonNull(actor, "actor is null");
        validate(draft);
        try {
            long id = db.inTransaction(handle -> {
                ProgrammeDao dao = handle.attach(ProgrammeDao.class);
                long programme = dao.insertProgramme(ProgrammeAssembler.row(0, draft), clock.instant());
                BudgetStatements.createSlices(handle, programme);
                writeDenominations(dao, programme, draft, List.of());
                writeLists(dao, programme, draft);
                return programme;
            });
            all = null;
            return require(id);
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("programme_exists", "a programme " + draft.slug() + " already exists");
            }
            throw e;
        }
    }

    @Override
    public VoucherProgramme update(long id, ProgrammeDraft draft, Actor actor) {
        requireNonNull(draft, "draft is null");
        requireNonNull(actor, "actor is null");
        validate(draft);
        try {
            db.useTransaction(handle -> {
                ProgrammeDao dao = handle.attach(ProgrammeDao.class);
                ProgrammeRow current = dao.lockProgramme(id).orElseThrow(() -> NotFoundException.of("programme", id));
                if (!current.currency().equals(draft.currency().getCurrencyCode())) {
                    throw new ConflictException("currency_fixed", "a programme's currency never changes");
                }
                List<FunderShare> funders = dao.funderShares(id).stream().map(f -> new FunderShare(f.funderId(), f.weight())).toList();
                if (current.subsidyBudget() > 0 && !new HashSet<>(funders).equals(new HashSet<>(draft.funders()))) {
                    throw new ConflictException("funders_fixed", "the funders and their shares are fixed once budget was granted");
                }
                dao.updateProgramme(ProgrammeAssembler.row(id, draft), clock.instant());
                writeDenominations(dao, id, draft, dao.denominations(id));
                writeLists(dao, id, draft);
            });
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("programme_exists", "a programme " + draft.slug() + " already exists");
            }
            throw e;
        }
        forget(id);
        return require(id);
    }

    private static void writeDenominations(ProgrammeDao dao, long programme, ProgrammeDraft draft, List<DenominationRow> existing) {
        Set<Long> kept = new HashSet<>();
        for (int position = 0; position < draft.denominations().size(); position++) {
            DenominationDraft wanted = draft.denominations().get(position);
            Optional<DenominationRow> match = existing.stream()
                    .filter(row -> row.face() == wanted.face().minorUnits() && row.price() == wanted.price().minorUnits()).findFirst();
            if (match.isPresent()) {
                dao.updateDenomination(match.get().id(), position, true);
                kept.add(match.get().id());
            }
            else {
                dao.insertDenomination(programme, position, wanted.face().minorUnits(), wanted.price().minorUnits(),
                        wanted.topUp().minorUnits());
            }
        }
        existing.stream().filter(row -> !kept.contains(row.id())).forEach(row -> dao.updateDenomination(row.id(), row.position(), false));
    }

    private static void writeLists(ProgrammeDao dao, long programme, ProgrammeDraft draft) {
        dao.clearFunders(programme);
        draft.funders().forEach(share -> dao.insertFunderShare(programme, share.funderId(), share.weight()));
        dao.clearMerchantChoices(programme);
        draft.eligibility().optedIn().forEach(merchant -> dao.insertMerchantChoice(programme, merchant.value(), true));
        draft.eligibility().optedOut().forEach(merchant -> dao.insertMerchantChoice(programme, merchant.value(), false));
        dao.clearCategories(programme);
        draft.eligibility().categories().forEach(category -> dao.insertCategory(programme, category.value()));
    }

    /** Checks the draft against the funders, shops and categories that exist. */
    private void validate(ProgrammeDraft draft) {
        ProgrammeValidator.validate(draft, funderIds(), shop -> merchants.merchant(shop).isPresent(),
                category -> catalogue.category(category).isPresent());
    }

    private Set<Long> funderIds() {
        Set<Long> ids = new HashSet<>();
        funders().forEach(funder -> ids.add(funder.id()));
        return ids;
    }

    @Override
    public Optional<VoucherProgramme> programme(long id) {
        return db.withHandle(handle -> handle.attach(ProgrammeDao.class).programme(id).map(row -> ProgrammeAssembler.assemble(handle, row)));
    }

    @Override
    public Optional<VoucherProgramme> programmeBySlug(String slug) {
        requireNonNull(slug, "slug is null");
        return db.withHandle(handle -> handle.attach(ProgrammeDao.class).programmeBySlug(slug).map(row -> ProgrammeAssembler.assemble(handle, row)));
    }

    @Override
    public List<VoucherProgramme> programmes() {
        return db.withHandle(handle -> handle.attach(ProgrammeDao.class).programmes().stream()
                .map(row -> ProgrammeAssembler.assemble(handle, row)).toList());
    }

    /** Every programme as recently read (see the class comment), by id: for transactions that must not read more. */
    public Map<Long, VoucherProgramme> cachedAll() {
        Timed<Map<Long, VoucherProgramme>> current = all;
        if (current == null || !fresh(current.loadedAtNanos())) {
            Map<Long, VoucherProgramme> loaded = new java.util.LinkedHashMap<>();
            programmes().forEach(programme -> loaded.put(programme.id(), programme));
            current = new Timed<>(java.util.Collections.unmodifiableMap(loaded), System.nanoTime());
            all = current;
        }
        return current.value();
    }

    /** The programmes whose vouchers the shop takes now (see {@link #accepts}). */
    public Set<Long> acceptingProgrammes(MerchantId merchant) {
        Set<Long> accepting = new HashSet<>();
        cachedAll().keySet().forEach(id -> {
            if (accepts(id, merchant)) {
                accepting.add(id);
            }
        });
        return accepting;
    }

    /** The programme as recently read (see the class comment). @throws NotFoundException for an unknown one */
    public VoucherProgramme cached(long id) {
        return cachedEntry(id).programme();
    }

    /** The programme if this node holds a copy, however old: for code that must not read the database (inside a transaction). */
    public Optional<VoucherProgramme> cachedIfLoaded(long id) {
        return Optional.ofNullable(cache.get(id)).map(entry -> entry.value().programme());
    }

    private CachedProgramme cachedEntry(long id) {
        Timed<CachedProgramme> entry = cache.get(id);
        if (entry == null || fresh(entry.loadedAtNanos()) == false) {
            VoucherProgramme programme = require(id);
            Set<CategoryId> categories = new HashSet<>();
            programme.eligibility().categories().forEach(category -> categories.addAll(catalogue.subtree(category)));
            entry = new Timed<>(new CachedProgramme(programme, Set.copyOf(categories)), System.nanoTime());
            cache.put(id, entry);
        }
        return entry.value();
    }

    private boolean fresh(long loadedAtNanos) {
        return System.nanoTime() - loadedAtNanos < ttl.toNanos();
    }

    /** Drops this node's cached list of programmes (another node created one). */
    public void forgetAll() {
        all = null;
    }

    /** Drops this node's cached copies of a programme (after a change). */
    public void forget(long id) {
        cache.remove(id);
        all = null;
        decisions.keySet().removeIf(key -> key.startsWith(id + ":"));
    }

    @Override
    public BudgetStatus grantBudget(long id, Money amount, String idempotencyKey, Actor actor) {
        requireNonNull(amount, "amount is null");
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", "invalid_amount", "a grant is a positive amount");
        }
        return moveBudget(id, amount.currency(), new BudgetRequest(BudgetRequest.Kind.GRANT, amount.minorUnits()), idempotencyKey, actor);
    }

    @Override
    public BudgetStatus setBudget(long id, Money budget, String idempotencyKey, Actor actor) {
        requireNonNull(budget, "budget is null");
        if (budget.isNegative()) {
            throw new InvalidInputException("amount", "invalid_amount", "a budget is zero or more");
        }
        return moveBudget(id, budget.currency(), new BudgetRequest(BudgetRequest.Kind.SET, budget.minorUnits()), idempotencyKey, actor);
    }

    /**
     * Moves a subsidised programme's budget as asked, under the programme's lock, once per key: the request is recorded
     * under its key with the answer, in the transaction that moves the budget (or moves nothing, for a budget set to what
     * it is), so that a retry, even one arriving at the same time, finds it and gets the same answer.
     */
    private BudgetStatus moveBudget(long id, java.util.Currency currency, BudgetRequest request, String idempotencyKey, Actor actor) {
        requireNonNull(actor, "actor is null");
        String key = Inputs.idempotencyKey(idempotencyKey);
        VoucherProgramme programme = require(id);
        if (!currency.equals(programme.currency())) {
            throw new InvalidInputException("amount", "invalid_amount", "a budget is in " + programme.currency());
        }
        if (!programme.subsidised()) {
            throw new ConflictException("no_funders", "programme " + programme.name() + " has no funders to give it a budget");
        }
        BudgetRequestRow answered;
        try {
            answered = db.inTransaction(handle -> {
                handle.attach(ProgrammeDao.class).lockProgramme(id).orElseThrow();
                BudgetRequestDao requests = handle.attach(BudgetRequestDao.class);
                Optional<BudgetRequestRow> earlier = requests.find(id, key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                long change = request.change(BudgetStatements.totals(handle, id)[0]);
                Long transaction = change == 0 ? null : book(handle, programme, change, request.ledgerKey(id, key), actor);
                long[] after = BudgetStatements.totals(handle, id);
                requests.insert(id, key, request.kind(), request.amount(), transaction, after[0], after[1], actor.toString(), clock.instant());
                return new BudgetRequestRow(request.kind(), request.amount(), after[0], after[1]);
            });
        }
        catch (RuntimeException e) {
            // Every request takes the programme's lock before looking for its key, so this is a safety net only.
            if (!SqlErrors.isUniqueViolation(e, "voucher_budget_request_key")) {
                throw e;
            }
            answered = db.with(BudgetRequestDao.class, dao -> dao.find(id, key)).orElseThrow(() -> e);
        }
        if (!answered.request().equals(request)) {
            throw new ConflictException("idempotency_key_reused", "this idempotency key was used for another budget request");
        }
        return new BudgetStatus(new Money(answered.granted(), programme.currency()), new Money(answered.committed(), programme.currency()));
    }

    /**
     * Books a change of the budget in one ledger transaction: up, pledged by the funders in proportion to their weights
     * (GRANT); down, withdrawn from them in the same proportions (BUDGET_CUT), within the room that committed subsidy leaves.
     * Returns the transaction's id.
     */
    private long book(Handle handle, VoucherProgramme programme, long change, String ledgerKey, Actor actor) {
        long id = programme.id();
        Money moved = new Money(Math.abs(change), programme.currency());
        Money[] pledges = moved.allocate(programme.funderWeights());
        Booking booking = new Booking(ledgerKey, change > 0 ? TransactionKind.GRANT : TransactionKind.BUDGET_CUT, id,
                (change > 0 ? "grant " : "budget cut ") + moved, actor);
        for (int i = 0; i < pledges.length; i++) {
            LedgerAccount pledge = LedgerAccount.funderPledge(programme.funders().get(i).funderId(), id);
            if (change > 0) {
                booking.debit(pledge, pledges[i].minorUnits());
            }
            else {
                booking.credit(pledge, pledges[i].minorUnits());
            }
        }
        if (change > 0) {
            booking.credit(LedgerAccount.budget(id), moved.minorUnits());
            BudgetStatements.allot(handle, id, moved);
        }
        else if (BudgetStatements.withdraw(handle, id, moved.minorUnits())) {
            booking.debit(LedgerAccount.budget(id), moved.minorUnits());
        }
        else {
            throw new ConflictException("budget_below_committed", "boosted sales have already committed "
                    + new Money(BudgetStatements.totals(handle, id)[1], programme.currency()) + " of this budget");
        }
        long transaction = ledger.post(handle, booking);
        handle.attach(ProgrammeDao.class).addBudget(id, change, clock.instant());
        return transaction;
    }

    @Override
    public BudgetStatus budget(long id) {
        VoucherProgramme programme = require(id);
        long[] totals = db.withHandle(handle -> BudgetStatements.totals(handle, id));
        return new BudgetStatus(new Money(totals[0], programme.currency()), new Money(totals[1], programme.currency()));
    }

    @Override
    public boolean accepts(long programmeId, MerchantId merchant) {
        requireNonNull(merchant, "merchant is null");
        String key = programmeId + ":" + merchant.value();
        Timed<Boolean> decision = decisions.get(key);
        if (decision == null || !fresh(decision.loadedAtNanos())) {
            CachedProgramme entry = cachedEntry(programmeId);
            boolean accepts = merchants.merchant(merchant).map(shop -> decide(entry, shop)).orElse(false);
            decision = new Timed<>(accepts, System.nanoTime());
            decisions.put(key, decision);
        }
        return decision.value();
    }

    @Override
    public List<Merchant> acceptingMerchants(long programmeId) {
        CachedProgramme entry = cachedEntry(programmeId);
        List<Merchant> accepting = new ArrayList<>();
        for (Merchant shop : merchants.find(MerchantFilter.live())) {
            if (decide(entry, shop)) {
                accepting.add(shop);
            }
        }
        return accepting;
    }

    private boolean decide(CachedProgramme entry, Merchant shop) {
        Eligibility rule = entry.programme().eligibility();
        if (shop.status() != MerchantStatus.LIVE || voucherShopId().filter(id -> id == shop.id().value()).isPresent()
                || rule.optedOut().contains(shop.id())) {
            return false;
        }
        return rule.allLiveShops() || rule.optedIn().contains(shop.id())
                || shop.categories().stream().anyMatch(entry.categories()::contains);
    }

    /** The merchant that sells vouchers online, if configured: it never takes vouchers itself. */
    public Optional<Long> voucherShopId() {
        Timed<Optional<Long>> current = voucherShop;
        if (current == null || !fresh(current.loadedAtNanos())) {
            current = new Timed<>(db.with(ProgrammeDao.class, ProgrammeDao::voucherShop), System.nanoTime());
            voucherShop = current;
        }
        return current.value();
    }

    /** Records the voucher shop (in the caller's transaction). */
    public void setVoucherShop(Handle handle, long merchant) {
        ProgrammeDao dao = handle.attach(ProgrammeDao.class);
        if (dao.updateVoucherShop(merchant) == 0) {
            dao.insertVoucherShop(merchant);
        }
        voucherShop = null;
        decisions.clear();
    }
}

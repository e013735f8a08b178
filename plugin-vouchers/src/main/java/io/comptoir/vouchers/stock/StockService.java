package io.comptoir.vouchers.stock;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.BatchResult;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.SaleChannel;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.StockSaleRequest;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherRoles;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.code.CodeGenerator;
import io.comptoir.vouchers.pdf.VoucherPdf;
import io.comptoir.vouchers.pdf.VoucherPrints;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.sale.SaleAssembler;
import io.comptoir.vouchers.sale.SaleDao;
import io.comptoir.vouchers.sale.SaleRow;
import io.comptoir.vouchers.sale.VoucherIssuer;
import io.comptoir.vouchers.support.Hashing;
import io.comptoir.vouchers.support.Inputs;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherRow;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** The {@link VoucherStock}. */
public final class StockService implements VoucherStock {
    private static final int ROWS_PER_INSERT = 10_000;

    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final ProgrammeService programmes;
    private final VoucherIssuer issuer;
    private final CodeGenerator codes;

    public StockService(Database db, Clock clock, MarketCalendar calendar, ProgrammeService programmes, VoucherIssuer issuer,
            CodeGenerator codes) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.issuer = requireNonNull(issuer, "issuer is null");
        this.codes = requireNonNull(codes, "codes is null");
    }

    @Override
    public BatchResult generate(long programmeId, long denominationId, int size, String idempotencyKey, Account admin) {
        requireAdmin(admin);
        String key = Inputs.idempotencyKey(idempotencyKey);
        if (size < 1 || size > MAX_BATCH) {
            throw new InvalidInputException("size", "invalid_size", "a batch has 1 to " + MAX_BATCH + " vouchers");
        }
        String by = Actor.account(admin.id().value()).toString();
        String hash = Hashing.sha256("batch|" + programmeId + "|" + denominationId + "|" + size);
        // A replay answers the first batch even if the programme changed since (e.g. no longer sold at points of sale).
        Optional<BatchResult> earlier = earlier(by, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        VoucherProgramme programme = programmes.require(programmeId);
        Denomination denomination = programme.denomination(denominationId);
        if (!programme.sells(SalesChannel.POINT_OF_SALE)) {
            throw new ConflictException("not_on_sale", programme.name() + " is not sold at points of sale");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                long id = db.inTransaction(handle -> insertBatch(handle, programme, denomination, size, by, key, hash));
                return new BatchResult(batch(id), false);
            }
            catch (RuntimeException e) {
                // The same key at the same time: the batch row comes first in its transaction, so the second request waits
                // for the first to commit, then finds its batch.
                if (SqlErrors.isUniqueViolation(e, "voucher_batch_key")) {
                    return earlier(by, key, hash).orElseThrow(() -> e);
                }
                if (attempt >= 3 || !SqlErrors.isUniqueViolation(e, "voucher_code_unique")) {
                    throw e;
                }
            }
        }
    }

    private Optional<BatchResult> earlier(String by, String key, String hash) {
        return db.with(StockDao.class, dao -> dao.byKey(by, key)).map(found -> {
            if (!found.requestHash().equals(hash)) {
                throw new ConflictException("idempotency_key_reused", "this idempotency key was used to generate another batch");
            }
            return new BatchResult(batch(found.id()), true);
        });
    }

    private long insertBatch(Handle handle, VoucherProgramme programme, Denomination denomination, int size, String by, String key,
                             String hash) {
        Instant now = clock.instant();
        long batch = handle.attach(StockDao.class).insertBatch(programme.id(), denomination.id(), size, by, now, key, hash);
        Set<String> drawn = new LinkedHashSet<>(size * 2);
        while (drawn.size() < size) {
            drawn.add(codes.next().value());
        }
        List<String> all = List.copyOf(drawn);
        // Two arrays unnested server-side: one statement per chunk, whatever the chunk's size (both databases accept it).
        for (int start = 0; start < size; start += ROWS_PER_INSERT) {
            int end = Math.min(size, start + ROWS_PER_INSERT);
            List<Integer> numbers = new java.util.ArrayList<>(end - start);
            for (int number = start + 1; number <= end; number++) {
                numbers.add(number);
            }
            handle.createUpdate("""
                            INSERT INTO voucher (code, batch_number, programme_id, denomination_id, face, currency, balance, status, origin,
                                                 batch_id, updated_at)
                            SELECT t.code, t.number, :programme, :denomination, :face, :currency, 0, 'STOCK', 'STOCK', :batch, :at
                            FROM UNNEST(:codes, :numbers) AS t(code, number)""")
                    .bind("programme", programme.id()).bind("denomination", denomination.id()).bind("face", denomination.face().minorUnits())
                    .bind("currency", programme.currency().getCurrencyCode()).bind("batch", batch).bind("at", now)
                    .bindArray("codes", String.class, all.subList(start, end)).bindArray("numbers", Integer.class, numbers)
                    .execute();
        }
        return batch;
    }

    private Batch batch(long id) {
        return db.with(StockDao.class, dao -> dao.batch(id)).map(StockService::toBatch).orElseThrow(() -> NotFoundException.of("batch", id));
    }

    private static Batch toBatch(BatchRow row) {
        return new Batch(row.id(), row.programmeId(), row.denominationId(), new Money(row.face(), Currency.getInstance(row.currency())),
                row.size(), row.unassigned(), row.inStock(), row.sold(), row.voided(), row.createdAt());
    }

    @Override
    public List<Batch> batches(long programmeId) {
        return db.with(StockDao.class, dao -> dao.batches(programmeId)).stream().map(StockService::toBatch).toList();
    }

    @Override
    public int assign(long batchId, int from, int to, long pointOfSaleId, Account admin) {
        requireAdmin(admin);
        Batch batch = batch(batchId);
        checkRange(batch, from, to);
        if (db.withHandle(handle -> handle.attach(io.comptoir.vouchers.pos.PointOfSaleDao.class).find(pointOfSaleId)).isEmpty()) {
            throw NotFoundException.of("point_of_sale", pointOfSaleId);
        }
        return db.inTransaction(handle -> handle.attach(StockDao.class).assign(batchId, from, to, pointOfSaleId, clock.instant()));
    }

    @Override
    public SaleResult sell(StockSaleRequest request) {
        requireNonNull(request, "request is null");
        String key = Inputs.idempotencyKey(request.idempotencyKey());
        Optional<String> email = Inputs.email("buyerEmail", request.buyerEmail());
        Optional<String> phone = Inputs.phone("buyerPhone", request.buyerPhone());
        requireOperator(request.operator(), request.pointOfSaleId());
        VoucherCode code = VoucherCode.parse(request.code())
                .orElseThrow(() -> new InvalidInputException("code", "invalid_code", "unknown or mistyped voucher code"));
        VoucherRow found = db.withHandle(h -> io.comptoir.vouchers.voucher.VoucherStatements.findByCode(h, code.value()))
                .filter(row -> row.batchId() != null && row.pointOfSaleId() != null && row.pointOfSaleId() == request.pointOfSaleId())
                .orElseThrow(() -> new NotFoundException("voucher_not_found", "no such voucher in this point of sale's stock"));
        VoucherProgramme programme = programmes.cached(found.programmeId());
        Denomination denomination = programme.denomination(found.denominationId());
        Instant now = clock.instant();
        if (!programme.sells(SalesChannel.POINT_OF_SALE) || !programme.onSaleAt(now, calendar.zone())) {
            throw new ConflictException("not_on_sale", programme.name() + " is not on sale at points of sale now");
        }
        String scope = "pos:" + request.pointOfSaleId();
        String hash = Hashing.sha256("stock|" + code.value() + "|" + email.orElse("") + "|" + phone.orElse(""));
        Actor actor = Actor.account(request.operator().id().value());
        try {
            long saleId = db.inTransaction(handle -> {
                long sale = io.comptoir.vouchers.sale.SaleStatements.insert(handle, programme.id(), denomination.id(), 1, SaleChannel.POINT_OF_SALE.name(),
                        request.pointOfSaleId(), request.operator().id().value(), null, null, email.orElse(null), phone.orElse(null), scope,
                        key, hash, denomination.face().minorUnits(), denomination.price().minorUnits(), denomination.topUp().minorUnits(),
                        programme.currency().getCurrencyCode(), SaleStatus.COMPLETED.name(), now, calendar.dayOf(now));
                VoucherRow voucher = io.comptoir.vouchers.voucher.VoucherStatements.lock(handle, found.id()).orElseThrow();
                if (voucher.voucherStatus() != VoucherStatus.STOCK) {
                    throw new ConflictException("already_sold", "this voucher was already sold or returned");
                }
                if (voucher.pointOfSaleId() == null || voucher.pointOfSaleId() != request.pointOfSaleId()) {
                    throw new NotFoundException("voucher_not_found", "no such voucher in this point of sale's stock");
                }
                handle.attach(VoucherDao.class).activateStock(voucher.id(),
                        io.comptoir.vouchers.sale.VoucherIssuer.issuedParts(programme, denomination).encoded(), request.pointOfSaleId(), sale,
                        email.orElse(null),
                        programme.expiresAt(now, calendar.zone()), now);
                issuer.countBuyer(handle, programme, email, phone, Optional.empty(), 1, denomination.face().minorUnits());
                issuer.bookSale(handle, programme, denomination, List.of(voucher.id()), sale, request.pointOfSaleId(), actor);
                return sale;
            });
            return new SaleResult(db.withHandle(handle -> SaleAssembler.sale(handle, handle.attach(SaleDao.class).find(saleId).orElseThrow())),
                    false);
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, "voucher_sale_key")) {
                SaleRow earlier = db.with(SaleDao.class, dao -> dao.byKey(scope, key)).orElseThrow();
                if (!earlier.requestHash().equals(hash)) {
                    throw new ConflictException("idempotency_key_reused", "this idempotency key was used for another sale");
                }
                return new SaleResult(db.withHandle(handle -> SaleAssembler.sale(handle, earlier)), true);
            }
            throw e;
        }
    }

    @Override
    public int returnStock(long batchId, int from, int to, long pointOfSaleId, Account actor) {
        requireOperator(actor, pointOfSaleId);
        checkRange(batch(batchId), from, to);
        return db.inTransaction(handle -> handle.attach(StockDao.class).voidStock(batchId, from, to, pointOfSaleId, clock.instant()));
    }

    @Override
    public byte[] sheets(long batchId, int from, int to, Account admin) {
        requireAdmin(admin);
        Batch batch = batch(batchId);
        checkRange(batch, from, to);
        if (to - from + 1 > MAX_SHEET_RANGE) {
            throw InvalidInputException.invalid("to", "print at most " + MAX_SHEET_RANGE + " vouchers at once");
        }
        VoucherProgramme programme = programmes.cached(batch.programmeId());
        return VoucherPdf.sheets(db.with(StockDao.class, dao -> dao.range(batchId, from, to)).stream()
                .map(row -> VoucherPrints.of(row.toVoucher(), programme, Optional.empty(), admin.language(), calendar)).toList());
    }

    private static void checkRange(Batch batch, int from, int to) {
        if (from < 1 || to < from || to > batch.size()) {
            throw InvalidInputException.invalid("from", "a range of batch " + batch.id() + " is within 1.." + batch.size());
        }
    }

    private static void requireAdmin(Account admin) {
        requireNonNull(admin, "admin is null");
        if (!admin.active() || !admin.hasRole(Role.TERRITORY_ADMIN)) {
            throw new NotFoundException("not_found", "no such page");
        }
    }

    private static void requireOperator(Account operator, long pointOfSaleId) {
        requireNonNull(operator, "operator is null");
        if (!operator.active() || !(operator.scopesOf(VoucherRoles.POINT_OF_SALE).contains(pointOfSaleId) || operator.hasRole(Role.TERRITORY_ADMIN))) {
            throw NotFoundException.of("point_of_sale", pointOfSaleId);
        }
    }
}

package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.Remittance;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleChannel;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherRoles;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.pdf.VoucherPdf;
import io.comptoir.vouchers.pdf.VoucherPrints;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.support.Hashing;
import io.comptoir.vouchers.support.Inputs;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The {@link PointOfSaleDesk}: one short transaction per sale or cancellation. */
public final class PointOfSaleDeskService implements PointOfSaleDesk {
    /** Most vouchers in one sale, whatever the programme says. */
    public static final int MAX_QUANTITY = 100;
    private static final int CODE_ATTEMPTS = 3;

    private final Database db;
    private final MarketCalendar calendar;
    private final Clock clock;
    private final ProgrammeService programmes;
    private final PointsOfSale pointsOfSale;
    private final Territory territory;
    private final VoucherIssuer issuer;
    private final OpenPointsOfSale openPointsOfSale;

    public PointOfSaleDeskService(Database db, Clock clock, MarketCalendar calendar, ProgrammeService programmes,
            PointsOfSale pointsOfSale, Territory territory,
                                  VoucherIssuer issuer, java.time.Duration cacheTtl) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.pointsOfSale = requireNonNull(pointsOfSale, "pointsOfSale is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.issuer = requireNonNull(issuer, "issuer is null");
        this.openPointsOfSale = new OpenPointsOfSale(db, cacheTtl);
    }

    @Override
    public SaleResult sell(SaleRequest request) {
        requireNonNull(request, "request is null");
        String key = Inputs.idempotencyKey(request.idempotencyKey());
        Optional<String> email = Inputs.email("buyerEmail", request.buyerEmail());
        Optional<String> phone = Inputs.phone("buyerPhone", request.buyerPhone());
        requireOperator(request.operator(), request.pointOfSaleId());
        if (!openPointsOfSale.isOpen(request.pointOfSaleId())) {
            throw new ConflictException("point_of_sale_closed", "this point of sale does not sell vouchers any more");
        }
        VoucherProgramme programme = programmes.cached(request.programmeId());
        Denomination denomination = programme.denomination(request.denominationId());
        int maxQuantity = Math.min(MAX_QUANTITY, programme.buyerLimit().vouchersPerSale().orElse(MAX_QUANTITY));
        if (request.quantity() < 1 || request.quantity() > maxQuantity) {
            throw new InvalidInputException("quantity", "invalid_quantity", "a sale is of 1 to " + maxQuantity + " vouchers");
        }
        Instant now = clock.instant();
        if (!programme.sells(SalesChannel.POINT_OF_SALE) || !programme.onSaleAt(now, calendar.zone())) {
            throw new ConflictException("not_on_sale", programme.name() + " is not on sale at points of sale now");
        }
        String scope = "pos:" + request.pointOfSaleId();
        String hash = Hashing.sha256(programme.id() + "|" + denomination.id() + "|" + request.quantity() + "|" + email.orElse("")
                + "|" + phone.orElse(""));
        Actor actor = Actor.account(request.operator().id().value());
        for (int attempt = 1; ; attempt++) {
            try {
                Sale sold = db.inTransaction(handle -> {
                    long sale = io.comptoir.vouchers.sale.SaleStatements.insert(handle, programme.id(), denomination.id(), request.quantity(),
                            SaleChannel.POINT_OF_SALE.name(), request.pointOfSaleId(), request.operator().id().value(), null, null,
                            email.orElse(null), phone.orElse(null), scope, key, hash, denomination.face().minorUnits(),
                            denomination.price().minorUnits(), denomination.topUp().minorUnits(), programme.currency().getCurrencyCode(),
                            SaleStatus.COMPLETED.name(), now, calendar.dayOf(now));
                    List<VoucherRow> vouchers = issuer.insertVouchers(handle, programme, denomination, request.quantity(), sale,
                            VoucherStatus.ACTIVE, VoucherOrigin.POINT_OF_SALE, request.pointOfSaleId(), null, email.orElse(null), now);
                    issuer.countBuyer(handle, programme, email, phone, Optional.empty(), request.quantity(), denomination.face().minorUnits());
                    issuer.bookSale(handle, programme, denomination, VoucherIssuer.ids(vouchers), sale, request.pointOfSaleId(), actor);
                    SaleRow row = new SaleRow(sale, programme.id(), denomination.id(), request.quantity(), SaleChannel.POINT_OF_SALE.name(),
                            request.pointOfSaleId(), request.operator().id().value(), null, null, email.orElse(null), phone.orElse(null), hash,
                            denomination.face().minorUnits(), denomination.price().minorUnits(), denomination.topUp().minorUnits(),
                            programme.currency().getCurrencyCode(), SaleStatus.COMPLETED.name(), now, calendar.dayOf(now), null, null);
                    return SaleAssembler.sale(row, vouchers.stream().map(VoucherRow::toVoucher).toList());
                });
                return new SaleResult(sold, false);
            }
            catch (RuntimeException e) {
                if (SqlErrors.isUniqueViolation(e, "voucher_sale_key")) {
                    return replay(scope, key, hash);
                }
                if (SqlErrors.isUniqueViolation(e, "voucher_code_unique") && attempt < CODE_ATTEMPTS) {
                    continue;
                }
                throw e;
            }
        }
    }

    private SaleResult replay(String scope, String key, String hash) {
        SaleRow earlier = db.with(SaleDao.class, dao -> dao.byKey(scope, key)).orElseThrow();
        if (!earlier.requestHash().equals(hash)) {
            throw new ConflictException("idempotency_key_reused", "this idempotency key was used for another sale");
        }
        return new SaleResult(db.withHandle(handle -> SaleAssembler.sale(handle, earlier)), true);
    }

    /** The operator sells at that point of sale (a territory admin may act for any). */
    static void requireOperator(Account operator, long pointOfSaleId) {
        requireNonNull(operator, "operator is null");
        if (!operator.active() || !(operator.scopesOf(VoucherRoles.POINT_OF_SALE).contains(pointOfSaleId) || operator.hasRole(Role.TERRITORY_ADMIN))) {
            throw NotFoundException.of("point_of_sale", pointOfSaleId);
        }
    }

    @Override
    public Sale cancel(long saleId, Account operator, String reason) {
        requireNonNull(operator, "operator is null");
        String why = Inputs.text("reason", reason, 0, 500);
        Instant now = clock.instant();
        VoucherProgramme programme = programmes.cached(db.with(SaleDao.class, dao -> dao.find(saleId))
                .orElseThrow(() -> NotFoundException.of("sale", saleId)).programmeId());
        db.useTransaction(handle -> {
            SaleRow sale = handle.attach(SaleDao.class).lock(saleId).orElseThrow(() -> NotFoundException.of("sale", saleId));
            if (sale.pointOfSaleId() == null) {
                throw NotFoundException.of("sale", saleId);
            }
            requireOperator(operator, sale.pointOfSaleId());
            if (sale.status().equals(SaleStatus.CANCELLED.name())) {
                return;
            }
            if (!now.isBefore(sale.soldAt().plus(programme.cancelWindow()))) {
                throw new ConflictException("cancel_window_passed", "a sale can be cancelled within "
                        + programme.cancelWindow().toMinutes() + " minutes only");
            }
            List<VoucherRow> vouchers = handle.attach(VoucherDao.class).lockAll(
                    handle.attach(VoucherDao.class).ofSale(saleId).stream().map(VoucherRow::id).toList());
            issuer.cancelSale(handle, sale, vouchers, why.isEmpty() ? "cancelled at the point of sale" : why, Actor.account(operator.id().value()));
        });
        return sale(saleId).orElseThrow();
    }

    @Override
    public Optional<Sale> sale(long saleId) {
        return db.withHandle(handle -> handle.attach(SaleDao.class).find(saleId).map(row -> SaleAssembler.sale(handle, row)));
    }

    @Override
    public List<Sale> salesOf(long pointOfSaleId, LocalDate day) {
        requireNonNull(day, "day is null");
        return db.withHandle(handle -> SaleAssembler.sales(handle, handle.attach(SaleDao.class).ofDay(pointOfSaleId, day)));
    }

    @Override
    public Remittance remittance(long pointOfSaleId, LocalDate day) {
        requireNonNull(day, "day is null");
        List<SaleRow> sales = db.with(SaleDao.class, dao -> dao.ofDay(pointOfSaleId, day));
        Currency currency = sales.isEmpty() ? Money.EUR : Currency.getInstance(sales.get(0).currency());
        int sold = 0;
        int cancelled = 0;
        long collected = 0;
        long refunded = 0;
        for (SaleRow sale : sales) {
            sold += sale.quantity();
            collected += sale.unitPrice() * sale.quantity();
            if (sale.status().equals(SaleStatus.CANCELLED.name())) {
                cancelled += sale.quantity();
                refunded += sale.unitPrice() * sale.quantity();
            }
        }
        return new Remittance(pointOfSaleId, day, sold, cancelled, new Money(collected, currency), new Money(refunded, currency));
    }

    @Override
    public byte[] printout(long saleId, Account operator) {
        Sale sale = sale(saleId).filter(found -> found.pointOfSaleId().isPresent()).orElseThrow(() -> NotFoundException.of("sale", saleId));
        requireOperator(operator, sale.pointOfSaleId().get());
        if (sale.status() == SaleStatus.CANCELLED) {
            throw new ConflictException("sale_cancelled", "a cancelled sale is not printed");
        }
        VoucherProgramme programme = programmes.cached(sale.programmeId());
        PointOfSale pointOfSale = pointsOfSale.require(sale.pointOfSaleId().get());
        // in the language of the operator who prints them, who reads them to the buyer
        Locale language = operator.language();
        String soldBy = VoucherPrints.soldBy(pointOfSale.name(), territory.commune(pointOfSale.address().communeInsee())
                .map(Commune::name).orElse(pointOfSale.address().postalCode()), language);
        return VoucherPdf.a6(sale.vouchers().stream().map(voucher -> VoucherPrints.of(voucher, programme, Optional.of(soldBy), language,
                calendar)).toList());
    }
}

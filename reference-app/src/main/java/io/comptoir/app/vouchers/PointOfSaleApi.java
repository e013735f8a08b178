package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.StockSaleRequest;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherRoles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.TooManyRequestsResponse;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The till's JSON API ({@code /api/v1/pos}): for a point of sale's own software or a tablet at the counter. The same rules
 * as the pages: the account must sell at the point of sale in the address (403 otherwise), sales and activations carry an
 * {@code Idempotency-Key} header so a retry returns the first sale (200) instead of a second one (201).
 */
public final class PointOfSaleApi {
    static final String ROOT = "/api/v1/pos";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Marketplace marketplace;

    public PointOfSaleApi(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    public void register(RoutesConfig routes) {
        String place = ROOT + "/{pointOfSaleId}";
        String sale = place + "/sales/{saleId}";
        routes.get(ROOT, this::pointsOfSale, PointOfSaleBackOffice.OPERATORS);
        routes.get(place + "/programmes", this::programmes, PointOfSaleBackOffice.OPERATORS);
        routes.post(place + "/sales", this::sell, PointOfSaleBackOffice.OPERATORS);
        routes.get(place + "/sales", this::sales, PointOfSaleBackOffice.OPERATORS);
        routes.get(sale, this::sale, PointOfSaleBackOffice.OPERATORS);
        routes.post(sale + "/cancel", this::cancel, PointOfSaleBackOffice.OPERATORS);
        routes.get(sale + "/printout", this::printout, PointOfSaleBackOffice.OPERATORS);
        routes.post(place + "/stock-sales", this::activate, PointOfSaleBackOffice.OPERATORS);
        routes.get(place + "/remittance", this::remittance, PointOfSaleBackOffice.OPERATORS);
    }

    private Instant now() {
        return marketplace.clock().instant();
    }

    private PointOfSale pointOfSale(Context ctx, VoucherServices services) {
        long id = PathParams.positiveId(ctx, "pointOfSaleId");
        Viewer.of(ctx).requireScope(VoucherRoles.POINT_OF_SALE, id);
        return services.pointsOfSale().require(id);
    }

    private static Sale sale(Context ctx, VoucherServices services, PointOfSale place) {
        long id = PathParams.positiveId(ctx, "saleId");
        return services.desk().sale(id).filter(sale -> sale.pointOfSaleId().equals(Optional.of(place.id())))
                .orElseThrow(() -> NotFoundException.of("sale", id));
    }

    private void pointsOfSale(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        Viewer viewer = Viewer.of(ctx);
        List<PointOfSale> places = viewer.has(Role.TERRITORY_ADMIN) ? services.pointsOfSale().all()
                : viewer.scopesOf(VoucherRoles.POINT_OF_SALE).stream().map(id -> services.pointsOfSale().pointOfSale(id)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(PointOfSale::name)).toList();
        ctx.json(places.stream().map(PosJson.PointOfSaleJson::of).toList());
    }

    private void programmes(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        pointOfSale(ctx, services);
        List<Offer> offers = Offers.of(services.programmes(), now(), marketplace.zone());
        ctx.json(Offers.programmesOnSale(services.programmes(), now(), marketplace.zone()).stream().map(p -> PosJson.ProgrammeJson.of(p,
                offers)).toList());
    }

    private static String idempotencyKey(Context ctx) {
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "missing_idempotency_key",
                    "send an Idempotency-Key header (a UUID) so that a retried sale never issues a second voucher");
        }
        if (key.strip().length() > 100) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "invalid_idempotency_key", "the Idempotency-Key is at most 100 characters");
        }
        return key.strip();
    }

    private void sell(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        String key = idempotencyKey(ctx);
        JsonBody body = JsonBody.of(ctx);
        long programmeId = body.integer("programmeId", 1, Long.MAX_VALUE);
        long denominationId = body.integer("denominationId", 1, Long.MAX_VALUE);
        int quantity = (int) (long) body.optionalInteger("quantity", 1, SaleForm.MAX_QUANTITY).orElse(1L);
        Optional<String> email = body.optionalText("buyerEmail", 254);
        Optional<String> phone = body.optionalText("buyerPhone", 30);
        VoucherProgramme programme = services.programmes().programme(programmeId)
                .orElseThrow(() -> new InvalidInputException("programmeId", "unknown_programme", "no programme " + programmeId));
        if (programme.denominations().stream().noneMatch(d -> d.id() == denominationId)) {
            throw new InvalidInputException("denominationId", "unknown_denomination", "no denomination " + denominationId + " on sale in "
                    + programme.name());
        }
        SaleResult result = keyed(() -> services.desk().sell(new SaleRequest(place.id(), Viewer.of(ctx).requireAccount(), programmeId,
                denominationId, quantity, email, phone, key)));
        respondSale(ctx, result, programme);
    }

    private void activate(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        String key = idempotencyKey(ctx);
        JsonBody body = JsonBody.of(ctx);
        String code = body.text("code", 40);
        SaleResult result = keyed(() -> services.stock().sell(new StockSaleRequest(place.id(), Viewer.of(ctx).requireAccount(), code,
                body.optionalText("buyerEmail", 254), body.optionalText("buyerPhone", 30), key)));
        respondSale(ctx, result, services.programmes().require(result.sale().programmeId()));
    }

    /** The plugin names the key {@code idempotencyKey}; here it travels in the {@value #IDEMPOTENCY_KEY} header. */
    private static SaleResult keyed(java.util.function.Supplier<SaleResult> sale) {
        try {
            return sale.get();
        }
        catch (InvalidInputException e) {
            if (e.field().equals(Optional.of("idempotencyKey"))) {
                throw new InvalidInputException(IDEMPOTENCY_KEY, e.code(), e.getMessage());
            }
            throw e;
        }
        catch (ConflictException e) {
            if (TooManyAttempts.is(e)) {
                throw new TooManyRequestsResponse(e.getMessage());
            }
            throw e;
        }
    }

    private void respondSale(Context ctx, SaleResult result, VoucherProgramme programme) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Location", ROOT + "/" + result.sale().pointOfSaleId().orElse(0L) + "/sales/" + result.sale().id());
        ctx.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED);
        ctx.json(PosJson.SaleJson.of(result.sale(), programme, now()));
    }

    private void sales(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        var day = Days.of(new QueryParams(ctx).text("day", 20), "day", marketplace.today());
        List<Sale> sales = services.desk().salesOf(place.id(), day);
        ctx.header("Cache-Control", "no-store");
        ctx.json(sales.stream().map(sale -> PosJson.SaleJson.of(sale, services.programmes().require(sale.programmeId()), now())).toList());
    }

    private void sale(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        Sale sale = sale(ctx, services, place);
        ctx.header("Cache-Control", "no-store");
        ctx.json(PosJson.SaleJson.of(sale, services.programmes().require(sale.programmeId()), now()));
    }

    private void cancel(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        Sale sale = sale(ctx, services, place);
        Account operator = Viewer.of(ctx).requireAccount();
        String reason = ctx.body().isBlank() ? "" : JsonBody.of(ctx).optionalText("reason", 500).orElse("");
        Sale cancelled = services.desk().cancel(sale.id(), operator, reason.isEmpty() ? "cancelled at the till" : reason);
        ctx.json(PosJson.SaleJson.of(cancelled, services.programmes().require(cancelled.programmeId()), now()));
    }

    private void printout(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        Sale sale = sale(ctx, services, place);
        TillPages.sendPdf(ctx, services.desk().printout(sale.id(), Viewer.of(ctx).requireAccount()), "bons-" + sale.id() + ".pdf");
    }

    private void remittance(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        PointOfSale place = pointOfSale(ctx, services);
        var day = Days.of(new QueryParams(ctx).text("day", 20), "day", marketplace.today());
        ctx.json(PosJson.RemittanceJson.of(services.desk().remittance(place.id(), day)));
    }
}

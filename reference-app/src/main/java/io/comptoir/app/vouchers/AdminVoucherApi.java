package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.IdempotencyKeys;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BatchResult;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.BatchResult;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherPage;
import io.comptoir.vouchers.api.VoucherQuery;
import io.comptoir.vouchers.api.VoucherStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/admin/vouchers/...}: the vouchers part of the territory's back-office as JSON, for territory admins.
 * Writes a client may retry without knowing whether the first went through (a budget grant or setting) take an
 * {@code Idempotency-Key} header; the others are idempotent by nature or refused the second time (409).
 */
public final class AdminVoucherApi {
    public static final String ROOT = "/api/v1/admin/vouchers";
    private static final long MAX_GRANT = 100_000_000_00L;
    private static final long MAX_LEDGER_DAYS = 366;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_DISPLAY_NAME = 100;

    private final Marketplace marketplace;
    private final ResetLinks passwordLinks;

    /** @param passwordLinks where the password link of a new operator's account leads */
    public AdminVoucherApi(Marketplace marketplace, ResetLinks passwordLinks) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.passwordLinks = requireNonNull(passwordLinks, "passwordLinks is null");
    }

    public void register(RoutesConfig routes) {
        String programme = ROOT + "/programmes/{programmeId}";
        routes.get(ROOT + "/programmes", this::programmes, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/programmes", this::createProgramme, AccessRole.TERRITORY_ADMIN);
        routes.get(programme, this::programme, AccessRole.TERRITORY_ADMIN);
        routes.put(programme, this::updateProgramme, AccessRole.TERRITORY_ADMIN);
        routes.post(programme + "/budget", this::grant, AccessRole.TERRITORY_ADMIN);
        routes.put(programme + "/budget", this::setBudget, AccessRole.TERRITORY_ADMIN);
        routes.get(programme + "/dashboard", this::dashboard, AccessRole.TERRITORY_ADMIN);
        routes.get(programme + "/batches", this::batches, AccessRole.TERRITORY_ADMIN);
        routes.post(programme + "/batches", this::generate, AccessRole.TERRITORY_ADMIN);
        routes.get(programme + "/statements", this::statements, AccessRole.TERRITORY_ADMIN);
        routes.post(programme + "/statements", this::issue, AccessRole.TERRITORY_ADMIN);
        routes.get(programme + "/ledger", this::ledger, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/batches/{batchId}/assignments", this::assign, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/batches/{batchId}/returns", this::giveBack, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/batches/{batchId}/sheets", this::sheets, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/statements/{statementId}", this::statement, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/statements/{statementId}/payment", this::markPaid, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/statements/{statementId}/csv", this::csv, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/funders", this::funders, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/funders", this::createFunder, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/points-of-sale", this::pointsOfSale, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/points-of-sale", this::createPointOfSale, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/points-of-sale/{posId}", this::pointOfSale, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/points-of-sale/{posId}/operators", this::addOperator, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/points-of-sale/{posId}/operator-accounts", this::inviteOperator, AccessRole.TERRITORY_ADMIN);
        routes.delete(ROOT + "/points-of-sale/{posId}/operators/{accountId}", this::removeOperator, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/vouchers/lookup", this::lookup, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/vouchers", this::searchVouchers, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/vouchers/{voucherId}", this::voucher, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/vouchers/{voucherId}/history", this::history, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/vouchers/{voucherId}/block", this::block, AccessRole.TERRITORY_ADMIN);
        routes.post(ROOT + "/vouchers/{voucherId}/reissue", this::reissue, AccessRole.TERRITORY_ADMIN);
        routes.get(ROOT + "/audit", this::audit, AccessRole.TERRITORY_ADMIN);
    }

    private VoucherServices services() {
        return VoucherServices.of(marketplace);
    }

    private Account admin(Context ctx) {
        return Viewer.of(ctx).requireAccount();
    }

    // ---------- programmes ----------

    private VoucherJson.ProgrammeJson json(VoucherServices services, VoucherProgramme programme) {
        return VoucherJson.ProgrammeJson.of(programme, services.programmes().budget(programme.id()));
    }

    private VoucherProgramme programmeOf(Context ctx, VoucherServices services) {
        return services.programmes().require(PathParams.positiveId(ctx, "programmeId"));
    }

    private void programmes(Context ctx) {
        VoucherServices services = services();
        ctx.json(services.programmes().programmes().stream().map(p -> json(services, p)).toList());
    }

    private void createProgramme(Context ctx) {
        var draft = ProgrammeBody.read(JsonBody.of(ctx));
        VoucherServices services = services();
        VoucherProgramme created = services.programmes().create(draft, Viewer.of(ctx).actor());
        ctx.status(201).json(json(services, created));
    }

    private void programme(Context ctx) {
        VoucherServices services = services();
        ctx.json(json(services, programmeOf(ctx, services)));
    }

    private void updateProgramme(Context ctx) {
        var draft = ProgrammeBody.read(JsonBody.of(ctx));
        VoucherServices services = services();
        VoucherProgramme programme = programmeOf(ctx, services);
        ctx.json(json(services, services.programmes().update(programme.id(), draft, Viewer.of(ctx).actor())));
    }

    /** Adds to the budget. */
    private void grant(Context ctx) {
        moveBudget(ctx, Programmes::grantBudget);
    }

    /** Sets the budget to an amount, higher or lower than now (never below the committed subsidy). */
    private void setBudget(Context ctx) {
        moveBudget(ctx, Programmes::setBudget);
    }

    /** How a budget call moves the budget: {@link Programmes#grantBudget} or {@link Programmes#setBudget}. */
    private interface BudgetMove {
        BudgetStatus apply(Programmes programmes, long programme, Money amount, String idempotencyKey, Actor actor);
    }

    private void moveBudget(Context ctx, BudgetMove move) {
        JsonBody body = JsonBody.of(ctx);
        String key = IdempotencyKeys.header(ctx);
        Money amount = body.money("amount", Money.EUR, MAX_GRANT)
                .orElseThrow(() -> InvalidInputException.invalid("amount", "amount is required"));
        VoucherServices services = services();
        VoucherProgramme programme = programmeOf(ctx, services);
        ctx.json(VoucherJson.BudgetJson.of(move.apply(services.programmes(), programme.id(), amount, key, Viewer.of(ctx).actor())));
    }

    private void dashboard(Context ctx) {
        VoucherServices services = services();
        ctx.json(VoucherJson.DashboardJson.of(services.reports().dashboard(programmeOf(ctx, services).id())));
    }

    // ---------- stock ----------

    private void batches(Context ctx) {
        VoucherServices services = services();
        ctx.json(services.stock().batches(programmeOf(ctx, services).id()).stream().map(VoucherJson.BatchJson::of).toList());
    }

    /** 201 with the new batch; a retry with the same Idempotency-Key, 200 with the first one (nothing generated). */
    private void generate(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String key = IdempotencyKeys.header(ctx);
        long denomination = body.integer("denominationId", 1, Long.MAX_VALUE);
        int size = (int) body.integer("size", 1, VoucherStock.MAX_BATCH);
        VoucherServices services = services();
        VoucherProgramme programme = programmeOf(ctx, services);
        BatchResult result = services.stock().generate(programme.id(), denomination, size, key, admin(ctx));
        ctx.status(result.replayed() ? 200 : 201).json(VoucherJson.BatchJson.of(result.batch()));
    }

    private record Range(int from, int to, long pointOfSale) {
    }

    private Range range(JsonBody body, VoucherServices services, Batches.Found found) {
        int size = found.batch().size();
        int from = (int) body.integer("from", 1, size);
        int to = (int) body.integer("to", from, size);
        long pos = body.integer("pointOfSaleId", 1, Long.MAX_VALUE);
        services.pointsOfSale().pointOfSale(pos)
                .orElseThrow(() -> new InvalidInputException("pointOfSaleId", "invalid_pointOfSale", "no point of sale " + pos));
        return new Range(from, to, pos);
    }

    private void assign(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        VoucherServices services = services();
        Batches.Found found = Batches.find(services, PathParams.positiveId(ctx, "batchId"));
        Range range = range(body, services, found);
        ctx.json(new VoucherJson.CountJson(services.stock().assign(found.batch().id(), range.from(), range.to(), range.pointOfSale(), admin(ctx))));
    }

    private void giveBack(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        VoucherServices services = services();
        Batches.Found found = Batches.find(services, PathParams.positiveId(ctx, "batchId"));
        Range range = range(body, services, found);
        ctx.json(new VoucherJson.CountJson(services.stock().returnStock(found.batch().id(), range.from(), range.to(), range.pointOfSale(),
                admin(ctx))));
    }

    private void sheets(Context ctx) {
        VoucherServices services = services();
        Batches.Found found = Batches.find(services, PathParams.positiveId(ctx, "batchId"));
        QueryParams params = new QueryParams(ctx);
        int size = found.batch().size();
        int from = params.integer("from", 1, 1, size);
        int to = params.integer("to", Math.min(size, from + VoucherStock.MAX_SHEET_RANGE - 1), from, size);
        byte[] pdf = services.stock().sheets(found.batch().id(), from, to, admin(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf").result(pdf);
    }

    // ---------- settlement ----------

    private void statements(Context ctx) {
        VoucherServices services = services();
        VoucherProgramme programme = programmeOf(ctx, services);
        QueryParams params = new QueryParams(ctx);
        Optional<StatementKind> kind = params.text("kind", 20).map(text -> {
            try {
                return StatementKind.valueOf(text);
            }
            catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid("kind", "kind must be one of MERCHANT, POINT_OF_SALE, FUNDER");
            }
        });
        Optional<Long> party = params.text("partyId").map(text -> (long) params.integer("partyId", 0, 0, Integer.MAX_VALUE));
        StatementParties parties = new StatementParties(services, marketplace.merchants());
        ctx.json(services.settlements().statements(programme.id(), kind, party).stream()
                .map(s -> MerchantVoucherApi.json(s, parties)).toList());
    }

    private void issue(Context ctx) {
        LocalDate start = day("periodStart", JsonBody.of(ctx).text("periodStart", 10));
        VoucherServices services = services();
        VoucherProgramme programme = programmeOf(ctx, services);
        StatementParties parties = new StatementParties(services, marketplace.merchants());
        ctx.json(services.settlements().issue(programme.id(), start, Viewer.of(ctx).actor()).stream()
                .map(s -> MerchantVoucherApi.json(s, parties)).toList());
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        }
        catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a day written 2026-11-23");
        }
    }

    private Statement statementOf(Context ctx, VoucherServices services) {
        long id = PathParams.positiveId(ctx, "statementId");
        return services.settlements().statement(id).orElseThrow(() -> NotFoundException.of("statement", id));
    }

    private void statement(Context ctx) {
        VoucherServices services = services();
        Statement statement = statementOf(ctx, services);
        ctx.json(new VoucherJson.StatementDetail(MerchantVoucherApi.json(statement, new StatementParties(services, marketplace.merchants())),
                statement.kind() == StatementKind.MERCHANT
                        ? services.settlements().redemptionsOf(statement.id()).stream().map(VoucherJson.RedemptionJson::of).toList()
                        : java.util.List.of()));
    }

    private void markPaid(Context ctx) {
        String reference = JsonBody.of(ctx).text("reference", 140).strip();
        if (reference.isEmpty()) {
            throw InvalidInputException.invalid("reference", "reference is required");
        }
        VoucherServices services = services();
        Statement statement = statementOf(ctx, services);
        ctx.json(MerchantVoucherApi.json(services.settlements().markPaid(statement.id(), reference, Viewer.of(ctx).actor()),
                new StatementParties(services, marketplace.merchants())));
    }

    private void csv(Context ctx) {
        VoucherServices services = services();
        StatementCsv.send(ctx, services, statementOf(ctx, services));
    }

    private void ledger(Context ctx) {
        VoucherServices services = services();
        VoucherProgramme programme = programmeOf(ctx, services);
        QueryParams params = new QueryParams(ctx);
        LocalDate from = day("from", params.text("from", 10).orElseThrow(() -> InvalidInputException.invalid("from", "from is required")));
        LocalDate to = day("to", params.text("to", 10).orElseThrow(() -> InvalidInputException.invalid("to", "to is required")));
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > MAX_LEDGER_DAYS) {
            throw InvalidInputException.invalid("from", "from 1 to " + MAX_LEDGER_DAYS + " days, from before to");
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        StatementCsv.write(ctx, out -> services.settlements().writeLedgerCsv(programme.id(), from, to, out));
    }

    // ---------- funders and points of sale ----------

    private void funders(Context ctx) {
        ctx.json(services().programmes().funders().stream().map(VoucherJson.FunderJson::of).toList());
    }

    private void createFunder(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String code = body.text("code", 32);
        String name = body.text("name", 200);
        if (name.isBlank()) {
            throw InvalidInputException.invalid("name", "name is required");
        }
        VoucherServices services = services();
        ctx.status(201).json(VoucherJson.FunderJson.of(services.programmes().createFunder(code, name, Viewer.of(ctx).actor())));
    }

    private VoucherJson.PointOfSaleJson json(VoucherServices services, PointOfSale pos) {
        return VoucherJson.PointOfSaleJson.of(pos, services.pointsOfSale().operators(pos.id()).stream()
                .map(a -> new VoucherJson.OperatorJson(a.id().value(), a.email(), a.displayName())).toList());
    }

    private void pointsOfSale(Context ctx) {
        VoucherServices services = services();
        ctx.json(services.pointsOfSale().all().stream().map(pos -> json(services, pos)).toList());
    }

    private void createPointOfSale(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String name = body.text("name", 200);
        if (name.isBlank()) {
            throw InvalidInputException.invalid("name", "name is required");
        }
        PointOfSaleDraft draft = new PointOfSaleDraft(name, new Address(body.text("street", 200), body.text("postalCode", 10),
                body.text("communeInsee", 10)), body.optionalText("phone", 40).orElse(""), body.optionalBool("active").orElse(true));
        VoucherServices services = services();
        ctx.status(201).json(json(services, services.pointsOfSale().create(draft, Viewer.of(ctx).actor())));
    }

    private PointOfSale pointOfSaleOf(Context ctx, VoucherServices services) {
        return services.pointsOfSale().require(PathParams.positiveId(ctx, "posId"));
    }

    private void pointOfSale(Context ctx) {
        VoucherServices services = services();
        ctx.json(json(services, pointOfSaleOf(ctx, services)));
    }

    private void addOperator(Context ctx) {
        long account = JsonBody.of(ctx).integer("accountId", 1, Long.MAX_VALUE);
        VoucherServices services = services();
        PointOfSale pos = pointOfSaleOf(ctx, services);
        marketplace.accounts().account(new AccountId(account))
                .orElseThrow(() -> new InvalidInputException("accountId", "unknown_account", "no account " + account));
        services.pointsOfSale().addOperator(pos.id(), new AccountId(account), Viewer.of(ctx).actor());
        ctx.json(json(services, pos));
    }

    /** Opens a new account for an operator of the point of sale; the person gets the link to choose a password. */
    private void inviteOperator(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String email = body.text("email", MAX_EMAIL);
        String displayName = body.text("displayName", MAX_DISPLAY_NAME);
        VoucherServices services = services();
        PointOfSale pos = pointOfSaleOf(ctx, services);
        services.pointsOfSale().inviteOperator(pos.id(), email, displayName, passwordLinks.prefix(ctx), Viewer.of(ctx).actor());
        ctx.status(201).json(json(services, pos));
    }

    private void removeOperator(Context ctx) {
        VoucherServices services = services();
        PointOfSale pos = pointOfSaleOf(ctx, services);
        services.pointsOfSale().removeOperator(pos.id(), new AccountId(PathParams.positiveId(ctx, "accountId")), Viewer.of(ctx).actor());
        ctx.json(json(services, pos));
    }

    // ---------- vouchers ----------

    private void lookup(Context ctx) {
        String code = JsonBody.of(ctx).text("code", LostVoucherPages.MAX_CODE);
        VoucherServices services = services();
        Voucher voucher = services.vouchers().findByCode(code, admin(ctx))
                .orElseThrow(() -> new NotFoundException("voucher_not_found", "no voucher has this code"));
        ctx.header("Cache-Control", "no-store");
        ctx.json(VoucherJson.VoucherAdminJson.of(voucher, false));
    }

    private Voucher voucherOf(Context ctx, VoucherServices services) {
        long id = PathParams.positiveId(ctx, "voucherId");
        return services.vouchers().voucher(id).orElseThrow(() -> NotFoundException.of("voucher", id));
    }

    /** Vouchers by programme, status (repeated), code (whole or last four), holder's e-mail and point of sale, by cursor. */
    private void searchVouchers(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        Set<VoucherStatus> statuses = params.all("status").stream().map(AdminVoucherApi::voucherStatus).collect(Collectors.toSet());
        VoucherQuery query = new VoucherQuery(params.ids("programme").stream().findFirst(), statuses, params.text("code", 40),
                params.text("holder", 254), params.ids("pointOfSale").stream().findFirst(), params.text("after", 200),
                params.integer("size", 50, 1, VoucherQuery.MAX_LIMIT));
        VoucherPage page = services().vouchers().search(query, admin(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.json(new VoucherJson.VoucherPageJson(page.vouchers().stream().map(voucher -> VoucherJson.VoucherAdminJson.of(voucher, false)).toList(),
                page.next().orElse(null)));
    }

    private static VoucherStatus voucherStatus(String text) {
        try {
            return VoucherStatus.valueOf(text);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("status", "status must be one of " + List.of(VoucherStatus.values()) + ", got '" + text + "'");
        }
    }

    private void history(Context ctx) {
        long id = PathParams.positiveId(ctx, "voucherId");
        ctx.header("Cache-Control", "no-store");
        ctx.json(services().vouchers().history(id, admin(ctx)).stream().map(VoucherJson.MovementJson::of).toList());
    }

    private void voucher(Context ctx) {
        VoucherServices services = services();
        ctx.json(VoucherJson.VoucherAdminJson.of(voucherOf(ctx, services), false));
    }

    private void block(Context ctx) {
        String reason = JsonBody.of(ctx).text("reason", 500).strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.invalid("reason", "reason is required");
        }
        VoucherServices services = services();
        Voucher voucher = voucherOf(ctx, services);
        ctx.json(VoucherJson.VoucherAdminJson.of(services.vouchers().block(voucher.id(), reason, admin(ctx)), false));
    }

    /** The body is an empty object, {@code {}}: like every write of the back-office API, a JSON object. */
    private void reissue(Context ctx) {
        JsonBody.of(ctx);
        VoucherServices services = services();
        Voucher voucher = voucherOf(ctx, services);
        Voucher replacement = services.vouchers().reissue(voucher.id(), admin(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.json(VoucherJson.VoucherAdminJson.of(replacement, true));
    }

    private void audit(Context ctx) {
        ctx.json(VoucherJson.AuditJson.of(services().audit().verify()));
    }
}

package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.IdempotencyKeys;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/bons}: the territory's voucher programmes with their budget gauge, and each programme's page: its rules,
 * the budget (granted, committed by sales, left), and its dashboard (sales per point of sale, redemptions per shop,
 * category and commune, what is still on vouchers, breakage, leverage).
 */
final class ProgrammePages {
    private final VoucherAdminPages office;

    ProgrammePages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        new ProgrammeFormPages(office).register(routes); // before {programmeId}: "nouveau" is not an id
        routes.get(VoucherAdminPaths.PROGRAMMES, this::list, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/programmes/{programmeId}", this::detail, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/programmes/{programmeId}/budget", this::grant, AccessRole.TERRITORY_ADMIN);
    }

    private void list(Context ctx) {
        VoucherServices services = office.services();
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES);
        Page page = vf.page();
        List<ProgrammeListView.Row> rows = services.programmes().programmes().stream()
                .map(programme -> row(page, programme, services.programmes().budget(programme.id()))).toList();
        PageFactory.render(ctx, "vouchers/office/programmes.jte", new ProgrammeListView(vf, rows, VoucherAdminPaths.NEW_PROGRAMME));
    }

    private ProgrammeListView.Row row(Page page, VoucherProgramme programme, BudgetStatus budget) {
        boolean onSale = programme.onSaleAt(office.marketplace().clock().instant(), office.marketplace().zone());
        return new ProgrammeListView.Row(programme.name(), VoucherAdminPaths.programme(programme.id()), ProgrammeFacts.denominations(page, programme),
                ProgrammeFacts.saleWindow(page, programme), new io.comptoir.app.web.backoffice.Badge(page.t(onSale ? "vo.programme.onSale" : "vo.programme.notOnSale"),
                onSale ? "success" : "muted"), BudgetGauge.of(page, budget, programme.subsidised()));
    }

    static VoucherProgramme programmeOf(Context ctx, VoucherServices services) {
        return services.programmes().require(PathParams.pageId(ctx, "programmeId"));
    }

    private void detail(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = programmeOf(ctx, services);
        render(ctx, services, programme, Notice.none(), "", 200);
    }

    private void render(Context ctx, VoucherServices services, VoucherProgramme programme, Optional<Notice> notice, String amount, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES).withNotice(notice);
        Page page = vf.page();
        ProgrammeDashboard dashboard = services.reports().dashboard(programme.id());
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/programme.jte", new ProgrammeView(vf, programme.id(), programme.name(), programme.description(),
                ProgrammeFacts.of(page, programme, services, office.marketplace()), BudgetGauge.of(page, dashboard.budget(), programme.subsidised()),
                DashboardView.of(page, dashboard), amount, IdempotencyKeys.fresh(), VoucherAdminPaths.budget(programme.id()),
                VoucherAdminPaths.editProgramme(programme.id()), VoucherAdminPaths.stock(programme.id()),
                VoucherAdminPaths.statements(programme.id()), VoucherAdminPaths.ledgerCsv(programme.id()),
                office.marketplace().zone().getId()));
    }

    private void grant(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = programmeOf(ctx, services);
        FormParams form = new FormParams(ctx);
        String amountText = form.raw("amount");
        Page page = office.page(ctx);
        try {
            String key = IdempotencyKeys.check("key", form.raw("key"));
            Money amount = form.money("amount", programme.currency())
                    .orElseThrow(() -> new InvalidInputException("amount", "invalid_amount", "amount is required"));
            services.programmes().grantBudget(programme.id(), amount, key, Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.programme(programme.id()), "budget-granted");
        }
        catch (InvalidInputException e) {
            render(ctx, services, programme, Optional.of(new Problems(page).of(e)), amountText, 400);
        }
        catch (ConflictException e) {
            render(ctx, services, programme, Optional.of(new Problems(page).of(e)), amountText, 409);
        }
    }
}

package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers part of the territory's back-office ({@code /admin/bons}): programmes and their budget, funders, points
 * of sale and their operators, pre-printed stock, lost vouchers, settlement statements, the programme's dashboard and
 * the audit of the books. Answers 404 when the vouchers plugin does not run.
 */
final class VoucherAdminPages {
    private final Marketplace marketplace;
    private final PageFactory pages;
    private final BackOffices backOffices;
    private final ResetLinks passwordLinks;

    /** @param passwordLinks where the password link of a new operator's account leads */
    VoucherAdminPages(Marketplace marketplace, PageFactory pages, BackOffices backOffices, ResetLinks passwordLinks) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
        this.passwordLinks = requireNonNull(passwordLinks, "passwordLinks is null");
    }

    void register(RoutesConfig routes) {
        new ProgrammePages(this).register(routes);
        new FunderPages(this).register(routes);
        new PointOfSalePages(this).register(routes);
        new StockPages(this).register(routes);
        new LostVoucherPages(this).register(routes);
        new SettlementPages(this).register(routes);
        routes.get(VoucherAdminPaths.AUDIT, this::audit, AccessRole.TERRITORY_ADMIN);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    ResetLinks passwordLinks() {
        return passwordLinks;
    }

    VoucherServices services() {
        return VoucherServices.of(marketplace);
    }

    StatementParties parties(VoucherServices services) {
        return new StatementParties(services, marketplace.merchants());
    }

    Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The frame of a vouchers page, with the tabs of the vouchers part (the current one marked). */
    VoucherFrame frame(Context ctx, VoucherTab current) {
        BackOfficeFrame frame = backOffices.frame(ctx, VoucherNav.ADMIN, 0);
        Page page = frame.page();
        List<VoucherFrame.Tab> tabs = java.util.Arrays.stream(VoucherTab.values())
                .map(tab -> new VoucherFrame.Tab(page.t(tab.labelKey()), tab.path(), tab == current)).toList();
        return new VoucherFrame(frame, tabs);
    }

    static void done(Context ctx, String path, String flash) {
        AfterChange.redirectBack(ctx, path, BackOffice.ADMIN, path, flash);
    }

    String programmeName(VoucherServices services, long programmeId) {
        return services.programmes().programme(programmeId).map(VoucherProgramme::name).orElse("#" + programmeId);
    }

    private void audit(Context ctx) {
        VoucherServices services = services();
        var report = services.audit().verify();
        PageFactory.render(ctx, "vouchers/office/audit.jte", new AuditView(frame(ctx, VoucherTab.AUDIT), report.ok(),
                report.transactions(), report.entries(), report.vouchers(), report.problems()));
    }
}

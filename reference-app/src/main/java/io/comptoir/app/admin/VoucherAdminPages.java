package io.comptoir.app.admin;

import io.comptoir.app.Marketplace;
import io.comptoir.app.account.ResetLinks;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.vouchers.StatementParties;
import io.comptoir.app.vouchers.VoucherServices;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
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
public final class VoucherAdminPages {
    private final AdminBackOffice office;
    private final ResetLinks passwordLinks;

    /** @param passwordLinks where the password link of a new operator's account leads */
    public VoucherAdminPages(Marketplace marketplace, PageFactory pages, ResetLinks passwordLinks) {
        this.office = new AdminBackOffice(requireNonNull(marketplace, "marketplace is null"), requireNonNull(pages, "pages is null"));
        this.passwordLinks = requireNonNull(passwordLinks, "passwordLinks is null");
    }

    public void register(RoutesConfig routes) {
        new ProgrammePages(this).register(routes);
        new FunderPages(this).register(routes);
        new PointOfSalePages(this).register(routes);
        new StockPages(this).register(routes);
        new LostVoucherPages(this).register(routes);
        new SettlementPages(this).register(routes);
        routes.get(VoucherAdminPaths.AUDIT, this::audit, AdminBackOffice.ADMIN);
    }

    Marketplace marketplace() {
        return office.marketplace();
    }

    ResetLinks passwordLinks() {
        return passwordLinks;
    }

    VoucherServices services() {
        return VoucherServices.of(office.marketplace());
    }

    StatementParties parties(VoucherServices services) {
        return new StatementParties(services, office.marketplace().merchants());
    }

    Page page(Context ctx) {
        return office.page(ctx);
    }

    /** The frame of a vouchers page, with the tabs of the vouchers part (the current one marked). */
    VoucherFrame frame(Context ctx, VoucherTab current) {
        BackOfficeFrame frame = office.frame(ctx, AdminSection.VOUCHERS);
        Page page = frame.page();
        List<VoucherFrame.Tab> tabs = java.util.Arrays.stream(VoucherTab.values())
                .map(tab -> new VoucherFrame.Tab(page.t(tab.labelKey()), tab.path(), tab == current)).toList();
        return new VoucherFrame(frame, tabs);
    }

    static void done(Context ctx, String path, String flash) {
        AdminBackOffice.redirectDone(ctx, path, path, flash);
    }

    String programmeName(VoucherServices services, long programmeId) {
        return services.programmes().programme(programmeId).map(VoucherProgramme::name).orElse("#" + programmeId);
    }

    private void audit(Context ctx) {
        VoucherServices services = services();
        var report = services.audit().verify();
        PageFactory.render(ctx, "voucheroffice/audit.jte", new AuditView(frame(ctx, VoucherTab.AUDIT), report.ok(),
                report.transactions(), report.entries(), report.vouchers(), report.problems()));
    }
}

package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.IdempotencyKeys;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.BatchResult;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStock;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Pre-printed stock ({@code /admin/bons/programmes/{id}/stock}, {@code /admin/bons/lots/{batchId}}): generating a batch
 * of numbered vouchers, printing ranges of it (A4 sheets, four a page), handing ranges to points of sale, and voiding
 * what a point of sale gives back unsold.
 */
final class StockPages {
    /** The hidden field holding the idempotency key of the generation form. */
    static final String BATCH_KEY = "batchKey";

    private final VoucherAdminPages office;

    StockPages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(VoucherAdminPaths.ROOT + "/programmes/{programmeId}/stock", this::batches, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/programmes/{programmeId}/stock", this::generate, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/lots/{batchId}", this::batch, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/lots/{batchId}/feuilles", this::sheets, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/lots/{batchId}/attribution", this::assign, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/lots/{batchId}/retour", this::giveBack, AccessRole.TERRITORY_ADMIN);
    }

    private void batches(Context ctx) {
        VoucherServices services = office.services();
        renderBatches(ctx, services, ProgrammePages.programmeOf(ctx, services), "", "", Notice.none(), 200);
    }

    /** The batches and the form, with a fresh idempotency key (after a refusal too: nothing was generated under the old one). */
    private void renderBatches(Context ctx, VoucherServices services, VoucherProgramme programme, String denomination, String size,
                               Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES).withNotice(notice);
        Page page = vf.page();
        List<StockView.Row> rows = services.stock().batches(programme.id()).stream().map(b -> row(page, b)).toList();
        List<ProgrammeFormView.Option> denominations = programme.denominations().stream()
                .map(d -> new ProgrammeFormView.Option(Long.toString(d.id()), page.money(d.face()), Long.toString(d.id()).equals(denomination)))
                .toList();
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/stock.jte", new StockView(vf, programme.name(), rows, denominations, size,
                IdempotencyKeys.fresh(), VoucherAdminPaths.stock(programme.id()), VoucherAdminPaths.programme(programme.id())));
    }

    private static StockView.Row row(Page page, Batch b) {
        return new StockView.Row(b.id(), VoucherAdminPaths.batch(b.id()), page.money(b.face()), Formats.dateTime(page, b.createdAt()),
                b.size(), b.unassigned(), b.inStock(), b.sold(), b.voided());
    }

    /**
     * Generates a batch under the key the form was rendered with: a second click or a resent form lands on the first batch
     * instead of printing a second one.
     */
    private void generate(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = ProgrammePages.programmeOf(ctx, services);
        FormParams form = new FormParams(ctx);
        String denomination = form.raw("denomination");
        String size = form.raw("size");
        try {
            String key = IdempotencyKeys.check(BATCH_KEY, form.raw(BATCH_KEY));
            BatchResult result = services.stock().generate(programme.id(), form.id("denomination"),
                    form.integer("size", 1, VoucherStock.MAX_BATCH), key, Viewer.of(ctx).requireAccount());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.batch(result.batch().id()), result.replayed() ? "batch-replayed" : "batch-generated");
        }
        catch (InvalidInputException e) {
            Page page = office.page(ctx);
            Notice notice = e.field().filter(BATCH_KEY::equals).isPresent() ? Notice.problem(page.t("vo.stock.formExpired"))
                    : new Problems(page).of(e);
            renderBatches(ctx, services, programme, denomination, size, Optional.of(notice), 400);
        }
        catch (ConflictException e) {
            Page page = office.page(ctx);
            Notice notice = e.code().equals("idempotency_key_reused") ? Notice.problem(page.t("vo.stock.keyReused"))
                    : new Problems(page).of(e);
            renderBatches(ctx, services, programme, denomination, size, Optional.of(notice), 409);
        }
    }

    private BatchOf batchOf(Context ctx, VoucherServices services) {
        io.comptoir.app.vouchers.Batches.Found found = io.comptoir.app.vouchers.Batches.find(services, PathParams.pageId(ctx, "batchId"));
        return new BatchOf(found.batch(), found.programme());
    }

    private record BatchOf(Batch batch, VoucherProgramme programme) {
    }

    private void batch(Context ctx) {
        VoucherServices services = office.services();
        renderBatch(ctx, services, batchOf(ctx, services), Notice.none(), 200);
    }

    private void renderBatch(Context ctx, VoucherServices services, BatchOf of, Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES).withNotice(notice);
        Page page = vf.page();
        List<ProgrammeFormView.Option> points = services.pointsOfSale().all().stream()
                .map(pos -> new ProgrammeFormView.Option(Long.toString(pos.id()), pos.name(), false)).toList();
        String base = VoucherAdminPaths.batch(of.batch().id());
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/batch.jte", new BatchView(vf, of.programme().name(), row(page, of.batch()), points,
                Math.min(of.batch().size(), VoucherStock.MAX_SHEET_RANGE), base + "/feuilles", base + "/attribution", base + "/retour",
                VoucherAdminPaths.stock(of.programme().id())));
    }

    private void sheets(Context ctx) {
        VoucherServices services = office.services();
        BatchOf of = batchOf(ctx, services);
        QueryParams params = new QueryParams(ctx);
        int from = params.integer("de", 1, 1, of.batch().size());
        int to = params.integer("a", Math.min(of.batch().size(), from + VoucherStock.MAX_SHEET_RANGE - 1), from, of.batch().size());
        byte[] pdf = services.stock().sheets(of.batch().id(), from, to, Viewer.of(ctx).requireAccount());
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"lot-" + of.batch().id() + "-" + from + "-" + to + ".pdf\"");
        ctx.header("Cache-Control", "no-store");
        ctx.result(pdf);
    }

    private void assign(Context ctx) {
        rangeAction(ctx, true);
    }

    private void giveBack(Context ctx) {
        rangeAction(ctx, false);
    }

    private void rangeAction(Context ctx, boolean assign) {
        VoucherServices services = office.services();
        BatchOf of = batchOf(ctx, services);
        FormParams form = new FormParams(ctx);
        try {
            int from = form.integer("from", 1, of.batch().size());
            int to = form.integer("to", from, of.batch().size());
            long pos = services.pointsOfSale().require(form.id("pointOfSale")).id();
            int count = assign
                    ? services.stock().assign(of.batch().id(), from, to, pos, Viewer.of(ctx).requireAccount())
                    : services.stock().returnStock(of.batch().id(), from, to, pos, Viewer.of(ctx).requireAccount());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.batch(of.batch().id()), (assign ? "stock-assigned-" : "stock-returned-")
                    + (count == 0 ? "none" : "some"));
        }
        catch (InvalidInputException e) {
            renderBatch(ctx, services, of, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (ConflictException e) {
            renderBatch(ctx, services, of, Optional.of(new Problems(office.page(ctx)).of(e)), 409);
        }
    }
}

package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Lost vouchers ({@code /admin/bons/recherche}, {@code /admin/bons/bon/{id}}): the admin finds a voucher by the code its
 * holder reads out, sees where it stands and where it came from, blocks it, and reissues what is left on a new code,
 * shown in full once so it can be handed to the holder.
 */
final class LostVoucherPages {
    static final int MAX_CODE = 40;
    private static final int MAX_REASON = 500;

    private final VoucherAdminPages office;

    LostVoucherPages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(VoucherAdminPaths.LOOKUP, this::form, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.LOOKUP, this::find, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/bon/{voucherId}", this::voucher, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/bon/{voucherId}/bloquer", this::block, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/bon/{voucherId}/reemettre", this::reissue, AccessRole.TERRITORY_ADMIN);
    }

    private void form(Context ctx) {
        office.services();
        renderForm(ctx, "", Notice.none(), 200);
    }

    private void renderForm(Context ctx, String code, Optional<Notice> notice, int status) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        PageFactory.render(ctx, "vouchers/office/lookup.jte", new LookupView(office.frame(ctx, VoucherTab.LOOKUP).withNotice(notice), code,
                VoucherAdminPaths.LOOKUP));
    }

    private void find(Context ctx) {
        VoucherServices services = office.services();
        String code = new FormParams(ctx).raw("code");
        Page page = office.page(ctx);
        if (code.isEmpty() || code.length() > MAX_CODE) {
            renderForm(ctx, code.length() > MAX_CODE ? "" : code, Optional.of(new Problems(page).of(
                    new InvalidInputException("code", "invalid_code", "unknown or mistyped voucher code"))), 400);
            return;
        }
        Optional<Voucher> found = services.vouchers().findByCode(code, Viewer.of(ctx).requireAccount());
        if (found.isEmpty()) {
            renderForm(ctx, code, Optional.of(Notice.problem(page.t("vo.lookup.notFound"))), 404);
            return;
        }
        ctx.redirect(VoucherAdminPaths.voucher(found.get().id()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Voucher voucherOf(Context ctx, VoucherServices services) {
        long id = PathParams.pageId(ctx, "voucherId");
        return services.vouchers().voucher(id).orElseThrow(() -> NotFoundException.of("voucher", id));
    }

    private void voucher(Context ctx) {
        VoucherServices services = office.services();
        render(ctx, services, voucherOf(ctx, services), false, Notice.none(), 200);
    }

    private void render(Context ctx, VoucherServices services, Voucher voucher, boolean showCode, Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.LOOKUP).withNotice(notice);
        Page page = vf.page();
        String programme = office.programmeName(services, voucher.programmeId());
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        PageFactory.render(ctx, "vouchers/office/voucher.jte", new VoucherView(vf, voucher.id(),
                showCode ? voucher.code().grouped() : voucher.code().masked(), showCode, programme,
                VoucherAdminPaths.programme(voucher.programmeId()), page.money(voucher.face()), page.money(voucher.balance()),
                VoucherBadges.voucher(page, voucher.status()), voucher.expiresAt().map(at -> Formats.dateTime(page, at)).orElse("—"),
                history(page, services, voucher), voucher.status() == VoucherStatus.ACTIVE || voucher.status() == VoucherStatus.SPENT,
                voucher.status() == VoucherStatus.BLOCKED && voucher.balance().isPositive(),
                VoucherAdminPaths.voucher(voucher.id()) + "/bloquer", VoucherAdminPaths.voucher(voucher.id()) + "/reemettre"));
    }

    /** Where the voucher comes from, as far as the plugin records it. */
    private List<VoucherView.Event> history(Page page, VoucherServices services, Voucher v) {
        List<VoucherView.Event> events = new ArrayList<>();
        String origin = page.t("vo.origin." + v.origin().name());
        if (v.batchId().isPresent()) {
            events.add(new VoucherView.Event("", page.t("vo.history.printed", v.batchId().get(), v.batchNumber().orElse(0)),
                    VoucherAdminPaths.batch(v.batchId().get())));
        }
        String where = v.pointOfSaleId().flatMap(id -> services.pointsOfSale().pointOfSale(id)).map(pos -> pos.name()).orElse(page.t("vo.online"));
        events.add(new VoucherView.Event(v.issuedAt().map(at -> Formats.dateTime(page, at)).orElse(""),
                v.issuedAt().isPresent() ? page.t("vo.history.issued", origin, where) : page.t("vo.history.notSold", where), ""));
        v.replacesVoucherId().ifPresent(id -> events.add(new VoucherView.Event("", page.t("vo.history.replaces", id), VoucherAdminPaths.voucher(id))));
        events.add(new VoucherView.Event("", page.t("vo.history.holder", v.holderAccount().isPresent() || v.holderEmail().isPresent()
                ? page.t("vo.history.holderKnown") : page.t("vo.history.holderUnknown")), ""));
        return events;
    }

    private void block(Context ctx) {
        VoucherServices services = office.services();
        Voucher voucher = voucherOf(ctx, services);
        Page page = office.page(ctx);
        try {
            String reason = new FormParams(ctx).required("reason", MAX_REASON);
            services.vouchers().block(voucher.id(), reason, Viewer.of(ctx).requireAccount());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.voucher(voucher.id()), "voucher-blocked");
        }
        catch (InvalidInputException e) {
            render(ctx, services, voucher, false, Optional.of(new Problems(page).of(e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, services, voucher, false, Optional.of(new Problems(page).of(e)), 409);
        }
    }

    private void reissue(Context ctx) {
        VoucherServices services = office.services();
        Voucher voucher = voucherOf(ctx, services);
        Page page = office.page(ctx);
        try {
            Voucher replacement = services.vouchers().reissue(voucher.id(), Viewer.of(ctx).requireAccount());
            render(ctx, services, replacement, true, Optional.of(Notice.success(page.t("vo.lookup.reissued", page.money(replacement.balance())))), 200);
        }
        catch (ConflictException e) {
            render(ctx, services, voucher, false, Optional.of(new Problems(page).of(e)), 409);
        }
    }
}

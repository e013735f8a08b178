package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@code /admin/bons/financeurs}: the bodies that pay the top-up of boosted vouchers (the CAPSO, the CCPL), and a new one. */
final class FunderPages {
    private final VoucherAdminPages office;

    FunderPages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(VoucherAdminPaths.FUNDERS, this::list, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.FUNDERS, this::create, AccessRole.TERRITORY_ADMIN);
    }

    private void list(Context ctx) {
        render(ctx, office.services(), "", "", Notice.none(), 200);
    }

    private void create(Context ctx) {
        VoucherServices services = office.services();
        FormParams form = new FormParams(ctx);
        String code = form.raw("code");
        String name = form.raw("name");
        try {
            services.programmes().createFunder(code, form.required("name", 200), Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.FUNDERS, "funder-created");
        }
        catch (InvalidInputException e) {
            render(ctx, services, code, name, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, services, code, name, Optional.of(new Problems(office.page(ctx)).of(e)), 409);
        }
    }

    private void render(Context ctx, VoucherServices services, String code, String name, Optional<Notice> notice, int status) {
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/funders.jte", new FunderListView(office.frame(ctx, VoucherTab.FUNDERS).withNotice(notice),
                services.programmes().funders().stream().map(f -> new FunderListView.Row(f.code(), f.name())).toList(), code, name,
                VoucherAdminPaths.FUNDERS));
    }
}

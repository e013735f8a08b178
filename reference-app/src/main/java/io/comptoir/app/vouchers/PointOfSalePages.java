package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/bons/points-de-vente}: the tobacconists and newsagents that sell vouchers, a new one, and each one's
 * operator accounts (an account gets the point-of-sale role scoped to it, or loses it; or a new account is opened for
 * the person, who receives the link to choose a password).
 */
final class PointOfSalePages {
    private final VoucherAdminPages office;

    PointOfSalePages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        String root = VoucherAdminPaths.POINTS_OF_SALE;
        routes.get(root, this::list, AccessRole.TERRITORY_ADMIN);
        routes.post(root, this::create, AccessRole.TERRITORY_ADMIN);
        routes.get(root + "/{posId}", this::detail, AccessRole.TERRITORY_ADMIN);
        routes.post(root + "/{posId}/operateurs", this::addOperator, AccessRole.TERRITORY_ADMIN);
        routes.post(root + "/{posId}/operateurs/nouveau", this::inviteOperator, AccessRole.TERRITORY_ADMIN);
        routes.post(root + "/{posId}/operateurs/{accountId}/retirer", this::removeOperator, AccessRole.TERRITORY_ADMIN);
    }

    private void list(Context ctx) {
        render(ctx, office.services(), Map.of("active", "true"), Notice.none(), 200);
    }

    private void create(Context ctx) {
        VoucherServices services = office.services();
        FormParams form = new FormParams(ctx);
        Map<String, String> values = Map.of("name", form.raw("name"), "street", form.raw("street"), "postalCode", form.raw("postalCode"),
                "communeInsee", form.raw("communeInsee"), "phone", form.raw("phone"), "active", Boolean.toString(form.checked("active")));
        try {
            PointOfSale created = services.pointsOfSale().create(new PointOfSaleDraft(form.required("name", 200),
                    new Address(form.required("street", 200), form.required("postalCode", 10), form.required("communeInsee", 10)),
                    form.text("phone", 40), form.checked("active")), Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.pointOfSale(created.id()), "point-of-sale-created");
        }
        catch (InvalidInputException e) {
            render(ctx, services, values, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, services, values, Optional.of(new Problems(office.page(ctx)).of(e)), 409);
        }
    }

    private void render(Context ctx, VoucherServices services, Map<String, String> values, Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.POINTS_OF_SALE).withNotice(notice);
        Page page = vf.page();
        List<PointOfSaleListView.Row> rows = services.pointsOfSale().all().stream().map(pos -> new PointOfSaleListView.Row(pos.name(),
                VoucherAdminPaths.pointOfSale(pos.id()), commune(pos.address().communeInsee()), pos.phone(),
                new io.comptoir.app.web.backoffice.Badge(page.t(pos.active() ? "vo.pos.active" : "vo.pos.inactive"), pos.active() ? "success" : "muted"),
                services.pointsOfSale().operators(pos.id()).size())).toList();
        List<ProgrammeFormView.Option> communes = office.marketplace().territory().communes().stream()
                .map(c -> new ProgrammeFormView.Option(c.inseeCode(), c.name(), c.inseeCode().equals(values.getOrDefault("communeInsee", ""))))
                .toList();
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/pointsOfSale.jte", new PointOfSaleListView(vf, rows, communes, values,
                VoucherAdminPaths.POINTS_OF_SALE));
    }

    private String commune(String insee) {
        return office.marketplace().territory().commune(insee).map(c -> c.name()).orElse(insee);
    }

    private PointOfSale pointOfSale(Context ctx, VoucherServices services) {
        return services.pointsOfSale().require(PathParams.pageId(ctx, "posId"));
    }

    private void detail(Context ctx) {
        VoucherServices services = office.services();
        renderDetail(ctx, services, pointOfSale(ctx, services), "", Notice.none(), 200);
    }

    private void renderDetail(Context ctx, VoucherServices services, PointOfSale pos, String email, Optional<Notice> notice, int status) {
        renderDetail(ctx, services, pos, email, "", "", notice, status);
    }

    private void renderDetail(Context ctx, VoucherServices services, PointOfSale pos, String email, String inviteEmail, String inviteName,
                              Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.POINTS_OF_SALE).withNotice(notice);
        List<PointOfSaleView.Operator> operators = services.pointsOfSale().operators(pos.id()).stream()
                .map(a -> new PointOfSaleView.Operator(a.displayName(), a.email(),
                        VoucherAdminPaths.pointOfSale(pos.id()) + "/operateurs/" + a.id().value() + "/retirer")).toList();
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/pointOfSale.jte", new PointOfSaleView(vf, pos.name(), pos.address().street(),
                pos.address().postalCode() + " " + commune(pos.address().communeInsee()), pos.phone(), pos.active(), operators, email,
                VoucherAdminPaths.pointOfSale(pos.id()) + "/operateurs", new PointOfSaleView.Invitation(inviteEmail, inviteName,
                VoucherAdminPaths.pointOfSale(pos.id()) + "/operateurs/nouveau"), VoucherAdminPaths.POINTS_OF_SALE));
    }

    private void addOperator(Context ctx) {
        VoucherServices services = office.services();
        PointOfSale pos = pointOfSale(ctx, services);
        FormParams form = new FormParams(ctx);
        String email = form.raw("email");
        try {
            Account account = office.marketplace().accounts().accountByEmail(form.required("email", 254))
                    .orElseThrow(() -> new InvalidInputException("email", "unknown_account", "no account with this e-mail"));
            services.pointsOfSale().addOperator(pos.id(), account.id(), Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.pointOfSale(pos.id()), "operator-added");
        }
        catch (InvalidInputException e) {
            renderDetail(ctx, services, pos, email, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (ConflictException e) {
            renderDetail(ctx, services, pos, email, Optional.of(new Problems(office.page(ctx)).of(e)), 409);
        }
    }

    /** Opens an account for a new operator; its fields are named apart from the other form's, so errors land on the right one. */
    private void inviteOperator(Context ctx) {
        VoucherServices services = office.services();
        PointOfSale pos = pointOfSale(ctx, services);
        FormParams form = new FormParams(ctx);
        String email = form.raw(PointOfSaleView.Invitation.EMAIL);
        String name = form.raw(PointOfSaleView.Invitation.DISPLAY_NAME);
        try {
            try {
                services.pointsOfSale().inviteOperator(pos.id(), email, name, office.passwordLinks().prefix(ctx), Viewer.of(ctx).actor());
            }
            catch (InvalidInputException e) {
                throw new InvalidInputException(e.field().map(field -> "invite." + field).orElse(null), e.code(), e.getMessage());
            }
            VoucherAdminPages.done(ctx, VoucherAdminPaths.pointOfSale(pos.id()), "operator-invited");
        }
        catch (InvalidInputException e) {
            renderDetail(ctx, services, pos, "", email, name, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (ConflictException e) {
            Page page = office.page(ctx);
            Notice notice = e.code().equals("email_taken")
                    ? new Notice(false, page.t("vo.pos.invite.emailTaken"), List.of(),
                            Map.of(PointOfSaleView.Invitation.EMAIL, page.t("vo.pos.invite.emailTakenField")))
                    : new Problems(page).of(e);
            renderDetail(ctx, services, pos, "", email, name, Optional.of(notice), 409);
        }
    }

    private void removeOperator(Context ctx) {
        VoucherServices services = office.services();
        PointOfSale pos = pointOfSale(ctx, services);
        long account = PathParams.pageId(ctx, "accountId");
        services.pointsOfSale().removeOperator(pos.id(), new AccountId(account), Viewer.of(ctx).actor());
        VoucherAdminPages.done(ctx, VoucherAdminPaths.pointOfSale(pos.id()), "operator-removed");
    }
}

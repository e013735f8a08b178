package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.training.api.WaiverId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.YearMonth;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/formation/adhesion}: the membership plan (price per month from a month on), the waivers the territory
 * grants ("abonnement offert jusqu'au ..."), and a month's statement.
 */
final class MembershipPages {
    private final TrainingBackOffice office;

    MembershipPages(TrainingBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.MEMBERSHIP, this::show, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.MEMBERSHIP + "/tarif", this::setPlan, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.MEMBERSHIP + "/exonerations", this::grant, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.MEMBERSHIP + "/exonerations/{waiverId}/revocation", this::revoke, TrainingBackOffice.ADMIN);
    }

    private YearMonth thisMonth() {
        return YearMonth.from(office.services().marketplace().today());
    }

    private void show(Context ctx) {
        YearMonth month = new QueryParams(ctx).text("mois", 7).map(text -> {
            try {
                return MembershipInputs.month("mois", text);
            }
            catch (InvalidInputException e) {
                return thisMonth();
            }
        }).orElse(thisMonth());
        render(ctx, month, 200, Notice.none(), blankPlan(), blankWaiver(), "");
    }

    private FormValues blankPlan() {
        return FormValues.builder().put("from", thisMonth().plusMonths(1)).build();
    }

    private FormValues blankWaiver() {
        YearMonth month = thisMonth();
        return FormValues.builder().put("from", month.atDay(1)).put("until", month.plusMonths(11).atEndOfMonth())
                .put("reason", "Abonnement offert").build();
    }

    private void render(Context ctx, YearMonth month, int status, Optional<Notice> notice, FormValues plan, FormValues waiver, String sent) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.MEMBERSHIP, notice);
        TrainingBackOffice.render(ctx, status, "training/admin/membership.jte", new MembershipView(frame,
                new MembershipReport(office.services()).of(month, Viewer.of(ctx).actor()),
                TrainingShops.withStatus(office.services().marketplace(), MerchantStatus.LIVE, MerchantStatus.ONBOARDING, MerchantStatus.SUSPENDED),
                plan, waiver, sent));
    }

    private void setPlan(Context ctx) {
        try {
            MembershipInputs.Plan plan = MembershipInputs.plan(new FormParams(ctx));
            office.services().memberships().setPlan(plan.monthlyPrice(), plan.from(), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.MEMBERSHIP, "plan-saved");
        }
        catch (InvalidInputException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.MEMBERSHIP, Notice.none());
            render(ctx, thisMonth(), 400, Optional.of(TrainingBackOffice.problem(frame, e)), FormValues.of(ctx.formParamMap()),
                    blankWaiver(), "plan");
        }
    }

    private void grant(Context ctx) {
        try {
            office.services().memberships().grantWaiver(MembershipInputs.waiver(new FormParams(ctx)), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.MEMBERSHIP, "waiver-granted");
        }
        catch (InvalidInputException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.MEMBERSHIP, Notice.none());
            render(ctx, thisMonth(), 400, Optional.of(TrainingBackOffice.problem(frame, e)), blankPlan(),
                    FormValues.of(ctx.formParamMap()), "waiver");
        }
    }

    private void revoke(Context ctx) {
        WaiverId id = new WaiverId(PathParams.pageId(ctx, "waiverId"));
        office.services().memberships().revokeWaiver(id, Viewer.of(ctx).actor());
        TrainingBackOffice.done(ctx, TrainingAdminPaths.MEMBERSHIP, "waiver-revoked");
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.training.api.WaiverDraft;
import io.comptoir.training.api.WaiverId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/admin/training/membership}: the plan, the waivers ("abonnement offert") and a month's statement. */
final class MembershipAdminApi {
    private static final String ROOT = TrainingAdminPaths.API + "/membership";

    private final TrainingServices services;
    private final MembershipReport report;

    MembershipAdminApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
        this.report = new MembershipReport(services);
    }

    void register(RoutesConfig routes, AccessRole role) {
        routes.get(ROOT, this::membership, role);
        routes.put(ROOT + "/plan", this::setPlan, role);
        routes.post(ROOT + "/waivers", this::grant, role);
        routes.delete(ROOT + "/waivers/{waiverId}", this::revoke, role);
    }

    private void membership(Context ctx) {
        YearMonth month = new QueryParams(ctx).text("month", 7).map(text -> MembershipInputs.month("month", text))
                .orElse(YearMonth.from(services.marketplace().today()));
        ctx.json(report.of(month, Viewer.of(ctx).actor()));
    }

    private void setPlan(Context ctx) {
        MembershipInputs.Plan plan = MembershipInputs.plan(JsonBody.of(ctx));
        ctx.json(TrainingAdminJson.PlanJson.of(services.memberships().setPlan(plan.monthlyPrice(), plan.from(), Viewer.of(ctx).actor())));
    }

    private void grant(Context ctx) {
        WaiverDraft draft = MembershipInputs.waiver(JsonBody.of(ctx));
        var waiver = services.memberships().grantWaiver(draft, Viewer.of(ctx).actor());
        ctx.status(201).json(TrainingAdminJson.WaiverJson.of(waiver, this::shopName));
    }

    private void revoke(Context ctx) {
        WaiverId id = new WaiverId(PathParams.positiveId(ctx, "waiverId"));
        ctx.json(TrainingAdminJson.WaiverJson.of(services.memberships().revokeWaiver(id, Viewer.of(ctx).actor()), this::shopName));
    }

    private String shopName(long id) {
        return services.marketplace().merchants().merchant(new io.comptoir.engine.api.merchant.MerchantId(id))
                .map(io.comptoir.engine.api.merchant.Merchant::name).orElse("");
    }
}

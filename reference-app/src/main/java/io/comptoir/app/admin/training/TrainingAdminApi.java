package io.comptoir.app.admin.training;

import io.comptoir.app.Marketplace;
import io.comptoir.app.auth.Viewer;
import io.comptoir.app.web.RouteRole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/admin/training/...}: the training plugin's territory side as JSON, for territory admins: the onboarding
 * pipeline, completion rates, courses and modules, workshop sessions, membership.
 */
public final class TrainingAdminApi {
    static final RouteRole ADMIN = RouteRole.TERRITORY_ADMIN;

    private final TrainingServices services;
    private final TrainingReportData reports;

    public TrainingAdminApi(Marketplace marketplace) {
        this.services = new TrainingServices(requireNonNull(marketplace, "marketplace is null"));
        this.reports = new TrainingReportData(services);
    }

    public void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.API + "/pipeline", this::pipeline, ADMIN);
        routes.get(TrainingAdminPaths.API + "/reports", this::reports, ADMIN);
        new CourseAdminApi(services).register(routes, ADMIN);
        new SessionAdminApi(services).register(routes, ADMIN);
        new MembershipAdminApi(services).register(routes, ADMIN);
    }

    private void pipeline(Context ctx) {
        TrainingReportData.Pipeline data = reports.pipeline(Viewer.of(ctx).actor());
        ctx.json(TrainingJson.Pipeline.of(data.pipeline(), data.suspended()));
    }

    private void reports(Context ctx) {
        TrainingReportData.Rates rates = reports.rates(Viewer.of(ctx).actor());
        ctx.json(new TrainingJson.Reports(rates.courses().stream().map(TrainingJson.CourseRate::of).toList(),
                rates.communes().stream().map(TrainingJson.CommuneRate::of).toList()));
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Viewer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/admin/training/...}: the training plugin's territory side as JSON, for territory admins: the onboarding
 * pipeline, completion rates, courses and modules, workshop sessions, membership.
 */
final class TrainingAdminApi {
    static final AccessRole ADMIN = AccessRole.TERRITORY_ADMIN;

    private final TrainingServices services;
    private final TrainingReportData reports;

    TrainingAdminApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
        this.reports = new TrainingReportData(services);
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.API + "/pipeline", this::pipeline, ADMIN);
        routes.get(TrainingAdminPaths.API + "/reports", this::reports, ADMIN);
        new CourseAdminApi(services).register(routes, ADMIN);
        new SessionAdminApi(services).register(routes, ADMIN);
        new MembershipAdminApi(services).register(routes, ADMIN);
    }

    private void pipeline(Context ctx) {
        TrainingReportData.Pipeline data = reports.pipeline(Viewer.of(ctx).actor());
        ctx.json(TrainingAdminJson.Pipeline.of(data.pipeline(), data.suspended()));
    }

    private void reports(Context ctx) {
        TrainingReportData.Rates rates = reports.rates(Viewer.of(ctx).actor());
        ctx.json(new TrainingAdminJson.Reports(rates.courses().stream().map(TrainingAdminJson.CourseRate::of).toList(),
                rates.communes().stream().map(TrainingAdminJson.CommuneRate::of).toList()));
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.ApplicationId;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplications;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/admin/applications}: the territory reviews applications to join: lists, reads, approves or rejects, and
 * finishes an approval that stopped half-way.
 */
public final class ApplicationsAdminApi {
    public static final String ROOT = "/api/v1/admin/applications";
    static final int MAX_REASON = 1000;

    private final TrainingServices services;

    public ApplicationsAdminApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    public void register(RoutesConfig routes) {
        String one = ROOT + "/{applicationId}";
        routes.get(ROOT, this::list, AccessRole.TERRITORY_ADMIN);
        routes.get(one, this::one, AccessRole.TERRITORY_ADMIN);
        routes.post(one + "/approve", this::approve, AccessRole.TERRITORY_ADMIN);
        routes.post(one + "/reject", this::reject, AccessRole.TERRITORY_ADMIN);
        routes.post(one + "/resume-approval", this::resumeApproval, AccessRole.TERRITORY_ADMIN);
    }

    private void list(Context ctx) {
        ShopApplications applications = services.get(ShopApplications.class);
        QueryParams params = new QueryParams(ctx);
        Optional<ApplicationStatus> status = params.text("status").map(ApplicationsAdminApi::status);
        int page = params.integer("page", 0, 0, 10_000);
        int size = params.integer("size", 50, 1, 100);
        Actor actor = Viewer.of(ctx).actor();
        var counts = applications.countByStatus(actor);
        int total = status.map(counts::get).orElseGet(() -> counts.values().stream().mapToInt(Integer::intValue).sum());
        ctx.json(new ApplicationJson.Page(applications.list(status, page * size, size, actor).stream().map(ApplicationJson::of).toList(),
                total, page, size));
    }

    static ApplicationStatus status(String text) {
        try {
            return ApplicationStatus.valueOf(text);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("status", "status must be one of PENDING, APPROVING, APPROVED, REJECTED; got '" + text + "'");
        }
    }

    private static ApplicationId id(Context ctx) {
        return new ApplicationId(PathParams.positiveId(ctx, "applicationId"));
    }

    private void one(Context ctx) {
        ctx.json(ApplicationJson.of(services.get(ShopApplications.class).application(id(ctx), Viewer.of(ctx).actor())));
    }

    private void approve(Context ctx) {
        ApplicationId id = id(ctx);
        ctx.json(ApplicationJson.of(services.get(ShopApplications.class).approve(id, Viewer.of(ctx).actor())));
    }

    private void resumeApproval(Context ctx) {
        ctx.json(ApplicationJson.of(services.get(ShopApplications.class).resumeApproval(id(ctx), Viewer.of(ctx).actor())));
    }

    private void reject(Context ctx) {
        ApplicationId id = id(ctx);
        ShopApplications applications = services.get(ShopApplications.class);
        String reason = JsonBody.of(ctx).text("reason", MAX_REASON);
        ctx.json(ApplicationJson.of(applications.reject(id, reason, Viewer.of(ctx).actor())));
    }
}

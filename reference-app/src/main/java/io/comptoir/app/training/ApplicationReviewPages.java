package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.ApplicationId;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;
import io.comptoir.training.api.ShopApplications;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/candidatures}: the territory reviews the shops that applied: the pending ones first, each with what it
 * filled in; approving creates the shop (in onboarding) and invites its contact, rejecting tells the applicant why.
 */
final class ApplicationReviewPages {
    static final String ROOT = "/admin/candidatures";
    private static final int SHOWN = 200;

    private final TrainingServices services;
    private final BackOffices backOffices;

    ApplicationReviewPages(TrainingServices services, BackOffices backOffices) {
        this.services = requireNonNull(services, "services is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    void register(RoutesConfig routes) {
        String one = ROOT + "/{applicationId}";
        routes.get(ROOT, this::list, AccessRole.TERRITORY_ADMIN);
        routes.get(one, this::detail, AccessRole.TERRITORY_ADMIN);
        routes.post(one + "/approuver", this::approve, AccessRole.TERRITORY_ADMIN);
        routes.post(one + "/refuser", this::reject, AccessRole.TERRITORY_ADMIN);
        routes.post(one + "/reprendre", this::resume, AccessRole.TERRITORY_ADMIN);
    }

    static String path(ApplicationId id) {
        return ROOT + "/" + id.value();
    }

    private void list(Context ctx) {
        ShopApplications applications = services.get(ShopApplications.class);
        BackOfficeFrame frame = backOffices.frame(ctx, TrainingNav.APPLICATIONS, 0);
        Page page = frame.page();
        Actor actor = Viewer.of(ctx).actor();
        ApplicationStatus status = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(page.param("statut")))
                .findFirst().orElse(ApplicationStatus.PENDING);
        Map<ApplicationStatus, Integer> counts = applications.countByStatus(actor);
        List<ApplicationReviewView.Tab> tabs = Arrays.stream(ApplicationStatus.values()).map(s -> new ApplicationReviewView.Tab(
                ApplicationLabels.status(page, s).label(), ROOT + "?statut=" + s.name(), counts.getOrDefault(s, 0), s == status)).toList();
        List<ApplicationReviewView.Row> rows = applications.list(Optional.of(status), 0, SHOWN, actor).stream()
                .map(application -> ApplicationReviewView.Row.of(page, services.marketplace().territory(), application)).toList();
        PageFactory.render(ctx, "training/admin/applications.jte", new ApplicationReviewView(frame, tabs, rows,
                ApplicationLabels.status(page, status).label(), counts.getOrDefault(status, 0) > SHOWN));
    }

    private void detail(Context ctx) {
        render(ctx, load(ctx), "", Notice.none(), 200);
    }

    private ShopApplication load(Context ctx) {
        ApplicationId id = new ApplicationId(PathParams.pageId(ctx, "applicationId"));
        return services.get(ShopApplications.class).application(id, Viewer.of(ctx).actor());
    }

    private void approve(Context ctx) {
        ShopApplication application = load(ctx);
        try {
            services.get(ShopApplications.class).approve(application.id(), Viewer.of(ctx).actor());
            ctx.redirect(path(application.id()) + "?ok=application-approved", HttpStatus.SEE_OTHER);
        }
        catch (ConflictException e) {
            render(ctx, load(ctx), "", Optional.of(new Problems(backOffices.frame(ctx, TrainingNav.APPLICATIONS, 0).page()).of(e)), 409);
        }
    }

    /** Finishes an approval left unfinished (the application stays "being approved"). */
    private void resume(Context ctx) {
        ShopApplication application = load(ctx);
        try {
            services.get(ShopApplications.class).resumeApproval(application.id(), Viewer.of(ctx).actor());
            ctx.redirect(path(application.id()) + "?ok=application-approved", HttpStatus.SEE_OTHER);
        }
        catch (ConflictException e) {
            render(ctx, load(ctx), "", Optional.of(new Problems(backOffices.frame(ctx, TrainingNav.APPLICATIONS, 0).page()).of(e)), 409);
        }
    }

    private void reject(Context ctx) {
        ShopApplication application = load(ctx);
        String reason = new FormParams(ctx).raw("reason");
        Page page = backOffices.frame(ctx, TrainingNav.APPLICATIONS, 0).page();
        try {
            if (reason.length() > ApplicationsAdminApi.MAX_REASON) {
                throw new InvalidInputException("reason", "invalid_reason", "at most 1 000 characters");
            }
            services.get(ShopApplications.class).reject(application.id(), reason, Viewer.of(ctx).actor());
            ctx.redirect(path(application.id()) + "?ok=application-rejected", HttpStatus.SEE_OTHER);
        }
        catch (InvalidInputException e) {
            Notice notice = new Notice(false, page.t("training.admin.reject.fix"), List.of(), Map.of("reason", page.t("training.admin.reject.reasonNeeded")));
            render(ctx, application, reason, Optional.of(notice), 400);
        }
        catch (ConflictException e) {
            render(ctx, load(ctx), reason, Optional.of(new Problems(page).of(e)), 409);
        }
    }

    private void render(Context ctx, ShopApplication application, String reason, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = backOffices.frame(ctx, TrainingNav.APPLICATIONS, 0).withNotice(notice);
        ctx.status(status);
        PageFactory.render(ctx, "training/admin/application.jte", ApplicationDetailView.of(frame, services.marketplace(), application, reason));
    }
}

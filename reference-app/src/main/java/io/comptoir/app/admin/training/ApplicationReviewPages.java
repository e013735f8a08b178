package io.comptoir.app.admin.training;

import io.comptoir.app.Marketplace;
import io.comptoir.app.admin.AdminBackOffice;
import io.comptoir.app.admin.AdminSection;
import io.comptoir.app.auth.Viewer;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.backoffice.Notice;
import io.comptoir.app.backoffice.Problems;
import io.comptoir.app.training.TrainingServices;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.RouteRole;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.application.ApplicationId;
import io.comptoir.training.application.ApplicationStatus;
import io.comptoir.training.application.ShopApplication;
import io.comptoir.training.application.ShopApplications;
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
public final class ApplicationReviewPages {
    public static final String ROOT = "/admin/candidatures";
    private static final int SHOWN = 200;

    private final TrainingServices services;
    private final AdminBackOffice office;

    public ApplicationReviewPages(Marketplace marketplace, PageFactory pages) {
        this.services = new TrainingServices(marketplace);
        this.office = new AdminBackOffice(requireNonNull(marketplace, "marketplace is null"), requireNonNull(pages, "pages is null"));
    }

    public void register(RoutesConfig routes) {
        String one = ROOT + "/{applicationId}";
        routes.get(ROOT, this::list, RouteRole.TERRITORY_ADMIN);
        routes.get(one, this::detail, RouteRole.TERRITORY_ADMIN);
        routes.post(one + "/approuver", this::approve, RouteRole.TERRITORY_ADMIN);
        routes.post(one + "/refuser", this::reject, RouteRole.TERRITORY_ADMIN);
        routes.post(one + "/reprendre", this::resume, RouteRole.TERRITORY_ADMIN);
    }

    public static String path(ApplicationId id) {
        return ROOT + "/" + id.value();
    }

    private void list(Context ctx) {
        ShopApplications applications = services.get(ShopApplications.class);
        BackOfficeFrame frame = office.frame(ctx, AdminSection.APPLICATIONS);
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
            render(ctx, load(ctx), "", Optional.of(new Problems(office.frame(ctx, AdminSection.APPLICATIONS).page()).of(e)), 409);
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
            render(ctx, load(ctx), "", Optional.of(new Problems(office.frame(ctx, AdminSection.APPLICATIONS).page()).of(e)), 409);
        }
    }

    private void reject(Context ctx) {
        ShopApplication application = load(ctx);
        String reason = new FormParams(ctx).raw("reason");
        Page page = office.frame(ctx, AdminSection.APPLICATIONS).page();
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
        BackOfficeFrame frame = office.frame(ctx, AdminSection.APPLICATIONS).withNotice(notice);
        ctx.status(status);
        PageFactory.render(ctx, "training/admin/application.jte", ApplicationDetailView.of(frame, services.marketplace(), application, reason));
    }
}

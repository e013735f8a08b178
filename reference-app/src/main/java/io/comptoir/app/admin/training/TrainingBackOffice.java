package io.comptoir.app.admin.training;

import io.comptoir.app.Marketplace;
import io.comptoir.app.admin.AdminBackOffice;
import io.comptoir.app.admin.AdminSection;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.backoffice.Notice;
import io.comptoir.app.backoffice.Problems;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.RouteRole;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.EngineException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The training part of the territory's back-office ({@code /admin/formation}): the onboarding pipeline, courses and
 * modules, workshop sessions, completion reports and membership. Pages work without JavaScript: each form posts, and a
 * refusal shows the page again with the message next to the field at fault.
 */
public final class TrainingBackOffice {
    static final RouteRole ADMIN = RouteRole.TERRITORY_ADMIN;

    private final AdminBackOffice office;
    private final TrainingServices services;

    public TrainingBackOffice(Marketplace marketplace, PageFactory pages) {
        this.office = new AdminBackOffice(requireNonNull(marketplace, "marketplace is null"), requireNonNull(pages, "pages is null"));
        this.services = new TrainingServices(marketplace);
    }

    public void register(RoutesConfig routes) {
        new PipelinePage(this).register(routes);
        new CourseAdminPages(this).register(routes);
        new ModuleAdminPages(this).register(routes);
        new SessionAdminPages(this).register(routes);
        new TrainingReportPages(this).register(routes);
    }

    TrainingServices services() {
        return services;
    }

    /** The admin layout with the training entry lit, the tabs of the training part, and a notice if any. */
    TrainingFrame frame(Context ctx, TrainingTab tab, Optional<Notice> notice) {
        services.courses();
        BackOfficeFrame frame = office.frame(ctx, AdminSection.TRAINING).withNotice(notice);
        return new TrainingFrame(frame, TrainingTab.links(frame.page(), tab));
    }

    /** What to tell about a refusal of the plugin, next to the field at fault when it names one. */
    static Notice problem(TrainingFrame frame, EngineException e) {
        Problems problems = new Problems(frame.frame().page());
        if (e instanceof InvalidInputException invalid) {
            return problems.of(invalid);
        }
        if (e instanceof ConflictException conflict) {
            return problems.of(conflict);
        }
        return Notice.problem(e.getMessage());
    }

    /** After a change: to the page that shows it, saying what was done ({@code ?ok=course-created}). */
    static void done(Context ctx, String path, String flash) {
        ctx.redirect(path + "?ok=" + flash, HttpStatus.SEE_OTHER);
    }

    static void render(Context ctx, int status, String template, Object view) {
        ctx.status(status);
        PageFactory.render(ctx, template, view);
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.EngineException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The training part of the territory's back-office ({@code /admin/formation}): the onboarding pipeline, courses and
 * modules, workshop sessions, completion reports and membership. Pages work without JavaScript: each form posts, and a
 * refusal shows the page again with the message next to the field at fault.
 */
final class TrainingBackOffice {
    static final AccessRole ADMIN = AccessRole.TERRITORY_ADMIN;

    private final TrainingServices services;
    private final BackOffices backOffices;

    TrainingBackOffice(TrainingServices services, BackOffices backOffices) {
        this.services = requireNonNull(services, "services is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    void register(RoutesConfig routes) {
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
        BackOfficeFrame frame = backOffices.frame(ctx, TrainingNav.ADMIN, 0).withNotice(notice);
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
        AfterChange.redirect(ctx, path, flash);
    }

    static void render(Context ctx, int status, String template, Object view) {
        ctx.status(status);
        PageFactory.render(ctx, template, view);
    }
}

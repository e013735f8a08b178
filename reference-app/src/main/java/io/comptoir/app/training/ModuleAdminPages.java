package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.TrainingModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/formation/modules/{id}}: a module's content, prerequisites and quiz, its content previewed as shops will
 * read it (the plugin's safe Markdown), and its removal while nobody has used it.
 */
final class ModuleAdminPages {
    private final TrainingBackOffice office;

    ModuleAdminPages(TrainingBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.MODULES + "/{moduleId}", this::show, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.MODULES + "/{moduleId}", this::update, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.MODULES + "/{moduleId}/suppression", this::delete, TrainingBackOffice.ADMIN);
    }

    private Courses courses() {
        return office.services().courses();
    }

    private TrainingModule module(Context ctx) {
        return courses().requireModule(new ModuleId(PathParams.pageId(ctx, "moduleId")));
    }

    private void show(Context ctx) {
        TrainingModule module = module(ctx);
        render(ctx, module, 200, Notice.none(), ModuleAdminView.values(module), module.content());
    }

    private void render(Context ctx, TrainingModule module, int status, Optional<Notice> notice, FormValues form, String preview) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.COURSES, notice);
        Course course = courses().requireCourse(module.courseId());
        List<TrainingModule> others = courses().modules(course.id()).stream().filter(other -> !other.id().equals(module.id())).toList();
        TrainingBackOffice.render(ctx, status, "training/admin/module.jte",
                new ModuleAdminView(frame, course, module, others, form, courses().html(preview)));
    }

    /** Saves, or with {@code _do=preview} shows the typed content as shops will read it, saving nothing. */
    private void update(Context ctx) {
        TrainingModule module = module(ctx);
        FormParams form = new FormParams(ctx);
        if (form.raw("_do").equals("preview")) {
            render(ctx, module, 200, Optional.of(Notice.success(office.frame(ctx, TrainingTab.COURSES, Notice.none()).page()
                    .t("bo.training.module.previewed"))), FormValues.of(ctx.formParamMap()), form.text("content", CourseInputs.MAX_CONTENT));
            return;
        }
        try {
            courses().updateModule(module.id(), CourseInputs.module(form), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.module(module.id().value()), "module-saved");
        }
        catch (InvalidInputException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.COURSES, Notice.none());
            render(ctx, module, 400, Optional.of(TrainingBackOffice.problem(frame, e)), FormValues.of(ctx.formParamMap()),
                    form.raw("content"));
        }
    }

    private void delete(Context ctx) {
        TrainingModule module = module(ctx);
        try {
            courses().deleteModule(module.id(), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.course(module.courseId().value()), "module-deleted");
        }
        catch (ConflictException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.COURSES, Notice.none());
            render(ctx, module, 409, Optional.of(TrainingBackOffice.problem(frame, e)), ModuleAdminView.values(module), module.content());
        }
    }
}

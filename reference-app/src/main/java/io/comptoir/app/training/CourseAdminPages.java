package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.TrainingModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/formation/cours}: the territory's courses, published or not; a course's settings, publication and
 * modules, and the form to add a module.
 */
final class CourseAdminPages {
    private final TrainingBackOffice office;

    CourseAdminPages(TrainingBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.COURSES, this::list, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.COURSES, this::create, TrainingBackOffice.ADMIN);
        routes.get(TrainingAdminPaths.COURSES + "/{courseId}", this::detail, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.COURSES + "/{courseId}", this::update, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.COURSES + "/{courseId}/publication", this::publish, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.COURSES + "/{courseId}/modules", this::addModule, TrainingBackOffice.ADMIN);
    }

    private Courses courses() {
        return office.services().courses();
    }

    private void list(Context ctx) {
        renderList(ctx, 200, Notice.none(), FormValues.builder().put("position", courses().courses(true).size()).build());
    }

    private void renderList(Context ctx, int status, Optional<Notice> notice, FormValues form) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.COURSES, notice);
        List<CourseListView.Row> rows = courses().courses(true).stream()
                .map(course -> new CourseListView.Row(course, courses().modules(course.id()).size())).toList();
        TrainingBackOffice.render(ctx, status, "training/admin/courses.jte", new CourseListView(frame, rows, form));
    }

    private void create(Context ctx) {
        try {
            CourseDraft draft = CourseInputs.course(new FormParams(ctx));
            Course course = courses().createCourse(draft, Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.course(course.id().value()), "course-created");
        }
        catch (InvalidInputException e) {
            renderList(ctx, 400, Optional.of(problem(ctx, e)), FormValues.of(ctx.formParamMap()));
        }
    }

    private Notice problem(Context ctx, InvalidInputException e) {
        return TrainingBackOffice.problem(office.frame(ctx, TrainingTab.COURSES, Notice.none()), e);
    }

    private Course course(Context ctx) {
        return courses().requireCourse(new CourseId(PathParams.pageId(ctx, "courseId")));
    }

    private void detail(Context ctx) {
        Course course = course(ctx);
        renderCourse(ctx, course, 200, Notice.none(), CourseView.values(course), newModule(course), false);
    }

    private FormValues newModule(Course course) {
        return FormValues.builder().put("minutes", 15).put("position", courses().modules(course.id()).size()).put("passMark", 80).build();
    }

    private void renderCourse(Context ctx, Course course, int status, Optional<Notice> notice, FormValues courseForm, FormValues moduleForm,
                              boolean moduleSent) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.COURSES, notice);
        List<TrainingModule> modules = courses().modules(course.id());
        TrainingBackOffice.render(ctx, status, "training/admin/course.jte", new CourseView(frame, course, modules, courseForm, moduleForm, moduleSent));
    }

    private void update(Context ctx) {
        Course course = course(ctx);
        try {
            CourseDraft draft = CourseInputs.course(new FormParams(ctx));
            courses().updateCourse(course.id(), draft, Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.course(course.id().value()), "course-saved");
        }
        catch (InvalidInputException e) {
            renderCourse(ctx, course, 400, Optional.of(problem(ctx, e)), FormValues.of(ctx.formParamMap()), newModule(course), false);
        }
    }

    private void publish(Context ctx) {
        Course course = course(ctx);
        boolean published = new FormParams(ctx).bool("published");
        try {
            courses().updateCourse(course.id(), new CourseDraft(course.title(), course.summary(), course.required(), published,
                    course.position()), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.course(course.id().value()), published ? "course-published" : "course-unpublished");
        }
        catch (InvalidInputException e) {
            renderCourse(ctx, course, 400, Optional.of(problem(ctx, e)), CourseView.values(course), newModule(course), false);
        }
    }

    private void addModule(Context ctx) {
        Course course = course(ctx);
        try {
            TrainingModule module = courses().createModule(course.id(), CourseInputs.module(new FormParams(ctx)), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.module(module.id().value()), "module-created");
        }
        catch (InvalidInputException e) {
            renderCourse(ctx, course, 400, Optional.of(problem(ctx, e)), CourseView.values(course), FormValues.of(ctx.formParamMap()), true);
        }
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.TrainingModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/admin/training/courses} and {@code /modules}: the territory's courses and modules, unpublished ones too. */
final class CourseAdminApi {
    private static final String ROOT = TrainingAdminPaths.API;

    private final TrainingServices services;

    CourseAdminApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    void register(RoutesConfig routes, AccessRole role) {
        routes.get(ROOT + "/courses", this::courses, role);
        routes.post(ROOT + "/courses", this::createCourse, role);
        routes.get(ROOT + "/courses/{courseId}", this::course, role);
        routes.put(ROOT + "/courses/{courseId}", this::updateCourse, role);
        routes.put(ROOT + "/courses/{courseId}/published", this::publish, role);
        routes.post(ROOT + "/courses/{courseId}/modules", this::createModule, role);
        routes.get(ROOT + "/modules/{moduleId}", this::module, role);
        routes.put(ROOT + "/modules/{moduleId}", this::updateModule, role);
        routes.delete(ROOT + "/modules/{moduleId}", this::deleteModule, role);
    }

    private TrainingAdminJson.CourseJson json(Course course) {
        return TrainingAdminJson.CourseJson.of(course, services.courses().modules(course.id()), services.courses());
    }

    private Course courseOf(Context ctx) {
        return services.courses().requireCourse(new CourseId(PathParams.positiveId(ctx, "courseId")));
    }

    private TrainingModule moduleOf(Context ctx) {
        return services.courses().requireModule(new ModuleId(PathParams.positiveId(ctx, "moduleId")));
    }

    private void courses(Context ctx) {
        ctx.json(services.courses().courses(true).stream().map(this::json).toList());
    }

    private void course(Context ctx) {
        ctx.json(json(courseOf(ctx)));
    }

    private void createCourse(Context ctx) {
        Courses courses = services.courses();
        CourseDraft draft = CourseInputs.course(JsonBody.of(ctx));
        ctx.status(201).json(json(courses.createCourse(draft, Viewer.of(ctx).actor())));
    }

    private void updateCourse(Context ctx) {
        Course course = courseOf(ctx);
        CourseDraft draft = CourseInputs.course(JsonBody.of(ctx));
        ctx.json(json(services.courses().updateCourse(course.id(), draft, Viewer.of(ctx).actor())));
    }

    /** Publishing keeps everything else; unpublishing a required course is refused by the plugin (400 on {@code published}). */
    private void publish(Context ctx) {
        Course course = courseOf(ctx);
        boolean published = JsonBody.of(ctx).bool("published");
        CourseDraft draft = new CourseDraft(course.title(), course.summary(), course.required(), published, course.position());
        ctx.json(json(services.courses().updateCourse(course.id(), draft, Viewer.of(ctx).actor())));
    }

    private void createModule(Context ctx) {
        Course course = courseOf(ctx);
        TrainingModule module = services.courses().createModule(course.id(), CourseInputs.module(JsonBody.of(ctx)), Viewer.of(ctx).actor());
        ctx.status(201).json(TrainingAdminJson.ModuleJson.of(module, services.courses()));
    }

    private void module(Context ctx) {
        ctx.json(TrainingAdminJson.ModuleJson.of(moduleOf(ctx), services.courses()));
    }

    private void updateModule(Context ctx) {
        TrainingModule module = moduleOf(ctx);
        ctx.json(TrainingAdminJson.ModuleJson.of(services.courses().updateModule(module.id(), CourseInputs.module(JsonBody.of(ctx)),
                Viewer.of(ctx).actor()), services.courses()));
    }

    private void deleteModule(Context ctx) {
        TrainingModule module = moduleOf(ctx);
        services.courses().deleteModule(module.id(), Viewer.of(ctx).actor());
        ctx.status(204);
    }
}

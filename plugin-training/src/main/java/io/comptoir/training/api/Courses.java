package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * The territory's training courses and their modules. Reads are open (a web layer shows unpublished courses to admins
 * only); writes are for territory admins ({@link AccessDeniedException} otherwise) and publish {@code training.*} events.
 */
public interface Courses {

    /** Courses by position; only published ones unless asked. */
    List<Course> courses(boolean includeUnpublished);

    Optional<Course> course(CourseId id);

    /** @throws NotFoundException {@code course_not_found} */
    default Course requireCourse(CourseId id) {
        return course(id).orElseThrow(() -> NotFoundException.of("course", id));
    }

    /** The course's modules by position. */
    List<TrainingModule> modules(CourseId course);

    Optional<TrainingModule> module(ModuleId id);

    /** @throws NotFoundException {@code module_not_found} */
    default TrainingModule requireModule(ModuleId id) {
        return module(id).orElseThrow(() -> NotFoundException.of("module", id));
    }

    /** The modules of required courses, which every shop completes before going live, in course order. */
    List<RequiredModule> requiredModules();

    /**
     * @throws InvalidInputException naming the field: blank or long title, long summary, negative position, a required
     *         course that is not published
     */
    Course createCourse(CourseDraft draft, Actor actor);

    /**
     * Changes a course. Making it required starts its grace period for live shops now (see the checklist rule);
     * making it optional drops the requirement.
     */
    Course updateCourse(CourseId id, CourseDraft draft, Actor actor);

    /**
     * @throws InvalidInputException naming the field: title, summary, content, minutes, position, prerequisites
     *         (unknown, of another course, or making a cycle), passMark or questions of the quiz
     */
    TrainingModule createModule(CourseId course, ModuleDraft draft, Actor actor);

    TrainingModule updateModule(ModuleId id, ModuleDraft draft, Actor actor);

    /**
     * Removes a module nobody has used yet.
     *
     * @throws ConflictException {@code module_in_use} once someone completed it, tried its quiz or a workshop covers it;
     *         {@code module_is_prerequisite} while another module needs it
     */
    void deleteModule(ModuleId id, Actor actor);

    /**
     * Markdown rendered as the modules' content is shown to people (a preview while writing one): raw HTML escaped,
     * links and images only to {@code http}, {@code https} (and {@code mailto}) or relative addresses.
     */
    String html(String markdown);
}

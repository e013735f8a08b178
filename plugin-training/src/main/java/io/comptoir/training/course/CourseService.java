package io.comptoir.training.course;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SafeMarkdown;
import io.comptoir.training.Permissions;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleDraft;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.RequiredModule;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.quiz.QuizStore;
import io.comptoir.training.quiz.QuizValidator;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Texts;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@link Courses} on the database. */
public final class CourseService implements Courses {
    private final Database db;
    private final Clock clock;
    private final Events events;
    private final Permissions permissions;

    public CourseService(Database db, Clock clock, Events events, Permissions permissions) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.permissions = requireNonNull(permissions, "permissions is null");
    }

    @Override
    public List<Course> courses(boolean includeUnpublished) {
        return db.with(CourseDao.class, dao -> includeUnpublished ? dao.all() : dao.published())
                .stream().map(CourseRow::toCourse).toList();
    }

    @Override
    public Optional<Course> course(CourseId id) {
        requireNonNull(id, "id is null");
        return db.with(CourseDao.class, dao -> dao.find(id.value())).map(CourseRow::toCourse);
    }

    @Override
    public List<TrainingModule> modules(CourseId course) {
        requireNonNull(course, "course is null");
        return db.withHandle(handle -> ModuleAssembler.assemble(handle, handle.attach(ModuleDao.class).ofCourse(course.value())));
    }

    @Override
    public Optional<TrainingModule> module(ModuleId id) {
        requireNonNull(id, "id is null");
        return db.withHandle(handle -> handle.attach(ModuleDao.class).find(id.value())
                .map(row -> ModuleAssembler.assemble(handle, List.of(row)).get(0)));
    }

    @Override
    public List<RequiredModule> requiredModules() {
        return db.withHandle(handle -> {
            Map<Long, Instant> requiredSince = new HashMap<>();
            handle.attach(CourseDao.class).all().stream().filter(CourseRow::required)
                    .forEach(course -> requiredSince.put(course.id(), course.requiredSince()));
            return ModuleAssembler.assemble(handle, handle.attach(ModuleDao.class).ofRequiredCourses()).stream()
                    .map(module -> {
                        Instant since = requiredSince.get(module.courseId().value());
                        return new RequiredModule(module, since.isAfter(module.createdAt()) ? since : module.createdAt());
                    }).toList();
        });
    }

    @Override
    public Course createCourse(CourseDraft draft, Actor actor) {
        requireNonNull(draft, "draft is null");
        permissions.requireAdmin(actor);
        CourseDraft clean = validate(draft);
        return db.inTransaction(handle -> {
            Instant now = clock.instant();
            long id = handle.attach(CourseDao.class).insert(clean.title(), clean.summary(), clean.required(),
                    clean.required() ? now : null, clean.published(), clean.position(), now);
            events.publish(handle, TrainingEvents.COURSE_CREATED, id, Map.of(), actor);
            return handle.attach(CourseDao.class).find(id).orElseThrow().toCourse();
        });
    }

    @Override
    public Course updateCourse(CourseId id, CourseDraft draft, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(draft, "draft is null");
        permissions.requireAdmin(actor);
        CourseDraft clean = validate(draft);
        return db.inTransaction(handle -> {
            CourseDao dao = handle.attach(CourseDao.class);
            CourseRow current = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("course", id));
            Instant now = clock.instant();
            Instant requiredSince = !clean.required() ? null : current.required() ? current.requiredSince() : now;
            dao.update(id.value(), clean.title(), clean.summary(), clean.required(), requiredSince, clean.published(),
                    clean.position(), now);
            events.publish(handle, TrainingEvents.COURSE_UPDATED, id.value(),
                    Map.of("required", Boolean.toString(clean.required()), "published", Boolean.toString(clean.published())), actor);
            return dao.find(id.value()).orElseThrow().toCourse();
        });
    }

    private static CourseDraft validate(CourseDraft draft) {
        String title = Texts.line("title", draft.title(), 1, 200);
        String summary = Texts.block("summary", draft.summary(), 0, 2000);
        if (draft.position() < 0) {
            throw InvalidInputException.invalid("position", "a position is 0 or more");
        }
        if (draft.required() && !draft.published()) {
            throw InvalidInputException.invalid("published", "a required course must be published");
        }
        return new CourseDraft(title, summary, draft.required(), draft.published(), draft.position());
    }

    @Override
    public TrainingModule createModule(CourseId course, ModuleDraft draft, Actor actor) {
        requireNonNull(course, "course is null");
        requireNonNull(draft, "draft is null");
        permissions.requireAdmin(actor);
        ModuleDraft clean = validate(draft);
        return db.inTransaction(handle -> {
            handle.attach(CourseDao.class).lock(course.value()).orElseThrow(() -> NotFoundException.of("course", course));
            ModuleDao dao = handle.attach(ModuleDao.class);
            long id = dao.insert(course.value(), clean.title(), clean.summary(), clean.content(), clean.minutes(), clean.position(),
                    clean.quiz().map(Quiz::passMark).orElse(null), clock.instant());
            savePrerequisites(handle, course.value(), id, clean.prerequisites());
            QuizStore.replace(handle, id, clean.quiz());
            events.publish(handle, TrainingEvents.MODULE_CREATED, id, Map.of("course", course.toString()), actor);
            return ModuleAssembler.assemble(handle, List.of(dao.find(id).orElseThrow())).get(0);
        });
    }

    @Override
    public TrainingModule updateModule(ModuleId id, ModuleDraft draft, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(draft, "draft is null");
        permissions.requireAdmin(actor);
        ModuleDraft clean = validate(draft);
        return db.inTransaction(handle -> {
            ModuleDao dao = handle.attach(ModuleDao.class);
            ModuleRow current = dao.find(id.value()).orElseThrow(() -> NotFoundException.of("module", id));
            handle.attach(CourseDao.class).lock(current.courseId());
            dao.update(id.value(), clean.title(), clean.summary(), clean.content(), clean.minutes(), clean.position(),
                    clean.quiz().map(Quiz::passMark).orElse(null), clock.instant());
            savePrerequisites(handle, current.courseId(), id.value(), clean.prerequisites());
            QuizStore.replace(handle, id.value(), clean.quiz());
            events.publish(handle, TrainingEvents.MODULE_UPDATED, id.value(), Map.of(), actor);
            return ModuleAssembler.assemble(handle, List.of(dao.find(id.value()).orElseThrow())).get(0);
        });
    }

    /** Checks the prerequisites against the course (locked by the caller) and stores them. */
    private static void savePrerequisites(Handle handle, long courseId, long moduleId, List<ModuleId> prerequisites) {
        ModuleDao dao = handle.attach(ModuleDao.class);
        Set<Long> wanted = prerequisites.stream().map(ModuleId::value).collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.contains(moduleId)) {
            throw InvalidInputException.invalid("prerequisites", "a module cannot be its own prerequisite");
        }
        if (!wanted.isEmpty()) {
            Set<Long> inCourse = dao.withIds(wanted).stream().filter(row -> row.courseId() == courseId)
                    .map(ModuleRow::id).collect(Collectors.toSet());
            for (Long prerequisite : wanted) {
                if (!inCourse.contains(prerequisite)) {
                    throw InvalidInputException.invalid("prerequisites", "no module " + prerequisite + " in this course");
                }
            }
        }
        PrerequisiteGraph graph = new PrerequisiteGraph(dao.prerequisitesInCourse(courseId));
        graph.set(moduleId, wanted);
        graph.cycle().ifPresent(cycle -> {
            throw InvalidInputException.invalid("prerequisites", "the prerequisites would make a cycle: modules "
                    + cycle.stream().map(String::valueOf).collect(Collectors.joining(" → ")));
        });
        dao.clearPrerequisites(moduleId);
        if (!wanted.isEmpty()) {
            dao.insertPrerequisites(moduleId, new ArrayList<>(wanted));
        }
    }

    private static ModuleDraft validate(ModuleDraft draft) {
        String title = Texts.line("title", draft.title(), 1, 200);
        String summary = Texts.block("summary", draft.summary(), 0, 1000);
        String content = Texts.block("content", draft.content(), 1, 100_000);
        if (draft.minutes() < 1 || draft.minutes() > 600) {
            throw InvalidInputException.invalid("minutes", "a module takes 1 to 600 minutes");
        }
        if (draft.position() < 0) {
            throw InvalidInputException.invalid("position", "a position is 0 or more");
        }
        if (draft.prerequisites().size() > 50) {
            throw InvalidInputException.invalid("prerequisites", "at most 50 prerequisites");
        }
        Optional<Quiz> quiz = draft.quiz().map(QuizValidator::validate);
        return new ModuleDraft(title, summary, content, draft.minutes(), draft.position(), draft.prerequisites(), quiz);
    }

    @Override
    public String html(String markdown) {
        return SafeMarkdown.toHtml(requireNonNull(markdown, "markdown is null"));
    }

    @Override
    public void deleteModule(ModuleId id, Actor actor) {
        requireNonNull(id, "id is null");
        permissions.requireAdmin(actor);
        db.useTransaction(handle -> {
            ModuleDao dao = handle.attach(ModuleDao.class);
            ModuleRow current = dao.find(id.value()).orElseThrow(() -> NotFoundException.of("module", id));
            handle.attach(CourseDao.class).lock(current.courseId());
            if (dao.usage(id.value()) > 0) {
                throw new ConflictException("module_in_use", "module " + id + " has been followed or has workshops: it stays");
            }
            if (dao.dependents(id.value()) > 0) {
                throw new ConflictException("module_is_prerequisite", "other modules need module " + id + " first");
            }
            QuizStore.replace(handle, id.value(), Optional.empty());
            dao.clearPrerequisites(id.value());
            dao.delete(id.value());
            events.publish(handle, TrainingEvents.MODULE_DELETED, id.value(), Map.of(), actor);
        });
    }
}

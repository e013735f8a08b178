package io.comptoir.training.progress;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SafeMarkdown;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.training.Permissions;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.CompletionVia;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseProgress;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.Learning;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.ModulePage;
import io.comptoir.training.api.ModuleProgress;
import io.comptoir.training.api.ModuleState;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizOutcome;
import io.comptoir.training.api.QuizResult;
import io.comptoir.training.api.ShopProgress;
import io.comptoir.training.api.StaffProgress;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.quiz.QuizDao;
import io.comptoir.training.quiz.QuizGrader;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@link Learning} on the database. */
public final class LearningService implements Learning {
    private final Database db;
    private final Clock clock;
    private final Courses courses;
    private final CompletionStore completions;
    private final Permissions permissions;
    private final ShopStaff staff;
    private final MerchantDirectory merchants;

    public LearningService(Database db, Clock clock, Courses courses, CompletionStore completions, Permissions permissions,
                           ShopStaff staff, MerchantDirectory merchants) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.courses = requireNonNull(courses, "courses is null");
        this.completions = requireNonNull(completions, "completions is null");
        this.permissions = requireNonNull(permissions, "permissions is null");
        this.staff = requireNonNull(staff, "staff is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    @Override
    public ModulePage modulePage(ModuleId moduleId, MerchantId shop, Actor actor) {
        requireNonNull(moduleId, "moduleId is null");
        merchants.require(requireNonNull(shop, "shop is null"));
        permissions.requireShopAccess(actor, shop);
        TrainingModule module = courses.requireModule(moduleId);
        Course course = courses.requireCourse(module.courseId());
        if (!course.published() && !permissions.isAdmin(actor)) {
            throw NotFoundException.of("module", moduleId);
        }
        Set<ModuleId> done = completions.completedModules(shop);
        List<String> missing = missingPrerequisites(module, done);
        Optional<Completion> mine = permissions.account(actor).flatMap(account -> completions.completions(shop).stream()
                .filter(c -> c.module().equals(moduleId) && c.account().equals(account.id())).findFirst());
        return new ModulePage(moduleId, course.id(), course.title(), module.title(), module.summary(), SafeMarkdown.toHtml(module.content()),
                module.minutes(), module.quiz().map(Quiz::view), state(module, done, missing), missing, mine);
    }

    private static ModuleState state(TrainingModule module, Set<ModuleId> done, List<String> missing) {
        if (done.contains(module.id())) {
            return ModuleState.COMPLETED;
        }
        return missing.isEmpty() ? ModuleState.AVAILABLE : ModuleState.LOCKED;
    }

    private List<String> missingPrerequisites(TrainingModule module, Set<ModuleId> done) {
        List<String> missing = new ArrayList<>();
        for (ModuleId prerequisite : module.prerequisites()) {
            if (!done.contains(prerequisite)) {
                missing.add(courses.module(prerequisite).map(TrainingModule::title).orElse("module " + prerequisite));
            }
        }
        return missing;
    }

    @Override
    public Completion completeReading(ModuleId moduleId, MerchantId shop, Actor learner) {
        Learner who = learner(moduleId, shop, learner);
        if (who.module().quiz().isPresent()) {
            throw new ConflictException("quiz_required", "pass the quiz of module " + moduleId + " to complete it");
        }
        return complete(who, CompletionVia.READING, learner);
    }

    @Override
    public QuizOutcome submitQuiz(ModuleId moduleId, MerchantId shop, List<Set<Integer>> answers, Actor learner) {
        Learner who = learner(moduleId, shop, learner);
        Quiz quiz = who.module().quiz().orElseThrow(() -> new ConflictException("no_quiz", "module " + moduleId + " has no quiz"));
        QuizResult result = QuizGrader.grade(quiz, answers);
        Instant now = clock.instant();
        db.useTransaction(handle -> handle.attach(QuizDao.class).insertAttempt(moduleId.value(), who.account().id().value(),
                shop.value(), result.correct(), result.total(), result.passed(), now));
        Optional<Completion> completion = result.passed() ? Optional.of(complete(who, CompletionVia.QUIZ, learner)) : Optional.empty();
        return new QuizOutcome(result, completion);
    }

    /** The checks every learning step makes, in the order a caller can fix them. */
    private Learner learner(ModuleId moduleId, MerchantId shop, Actor actor) {
        requireNonNull(moduleId, "moduleId is null");
        merchants.require(requireNonNull(shop, "shop is null"));
        Account account = permissions.requireStaff(actor, shop);
        TrainingModule module = courses.requireModule(moduleId);
        if (!courses.requireCourse(module.courseId()).published()) {
            throw NotFoundException.of("module", moduleId);
        }
        List<String> missing = missingPrerequisites(module, completions.completedModules(shop));
        if (!missing.isEmpty()) {
            throw new ConflictException("prerequisites_not_met", "complete first: " + String.join(", ", missing), missing);
        }
        return new Learner(account, shop, module);
    }

    private record Learner(Account account, MerchantId shop, TrainingModule module) {
    }

    private Completion complete(Learner who, CompletionVia via, Actor actor) {
        try {
            return db.inTransaction(handle -> completions.record(handle, who.module().id(), who.account().id().value(), who.shop(),
                    via, null, clock.instant(), actor));
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            // Completed at the same moment by another request of the same person: that completion stands.
            return completions.completions(who.shop()).stream()
                    .filter(c -> c.module().equals(who.module().id()) && c.account().equals(who.account().id()))
                    .findFirst().orElseThrow(() -> e);
        }
    }

    @Override
    public ShopProgress progress(MerchantId shop, Actor actor) {
        merchants.require(requireNonNull(shop, "shop is null"));
        permissions.requireShopAccess(actor, shop);
        List<Completion> all = completions.completions(shop);
        Map<ModuleId, List<Completion>> byModule = all.stream().collect(Collectors.groupingBy(Completion::module));
        Set<ModuleId> done = byModule.keySet();
        List<CourseProgress> courseProgress = new ArrayList<>();
        for (Course course : courses.courses(false)) {
            List<ModuleProgress> modules = courses.modules(course.id()).stream().map(module -> new ModuleProgress(module.id(),
                    module.title(), course.required(), state(module, done, missingPrerequisites(module, done)),
                    byModule.getOrDefault(module.id(), List.of()))).toList();
            courseProgress.add(new CourseProgress(course, modules));
        }
        List<StaffProgress> people = staff.of(shop).stream().map(account -> new StaffProgress(account.id(), account.displayName(),
                all.stream().filter(c -> c.account().equals(account.id())).map(Completion::module).toList())).toList();
        return new ShopProgress(shop, courseProgress, people);
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.training.api.CertificatePdf;
import io.comptoir.training.api.Certificates;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.CourseProgress;
import io.comptoir.training.api.Learning;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.ModulePage;
import io.comptoir.training.api.ModuleProgress;
import io.comptoir.training.api.QuizOutcome;
import io.comptoir.training.api.QuizResult;
import io.comptoir.training.api.ShopProgress;
import io.comptoir.training.api.StaffProgress;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/formation}: the shop's courses and progress, a module to read and its quiz,
 * and the certificates its people earned (PDF).
 */
final class CoursePages {
    private final ShopTraining training;

    CoursePages(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        String root = BackOffice.MERCHANT.root() + "/{merchantId}/formation";
        routes.get(root, this::courses, ShopTraining.STAFF);
        routes.get(root + "/modules/{moduleId}", this::module, ShopTraining.STAFF);
        routes.post(root + "/modules/{moduleId}/lu", this::markRead, ShopTraining.STAFF);
        routes.post(root + "/modules/{moduleId}/quiz", this::quiz, ShopTraining.STAFF);
        routes.get(root + "/attestations/{courseId}/{accountId}", this::certificate, ShopTraining.STAFF);
    }

    private void courses(Context ctx) {
        Merchant shop = training.shop(ctx);
        BackOfficeFrame frame = training.frame(ctx, shop, TrainingNav.COURSES);
        Page page = frame.page();
        Actor actor = ShopTraining.actor(ctx);
        ShopProgress progress = training.service(Learning.class).progress(shop.id(), actor);
        Map<AccountId, String> names = names(progress);
        List<CoursesView.CourseCard> cards = progress.courses().stream().map(course -> card(page, shop, course, names)).toList();
        int modules = progress.courses().stream().mapToInt(CourseProgress::total).sum();
        List<CoursesView.StaffRow> staff = progress.staff().stream()
                .map(person -> new CoursesView.StaffRow(person.name(), person.completed().size())).toList();
        List<CoursesView.CertificateRow> certificates = training.service(Certificates.class).earned(shop.id(), actor).stream()
                .map(c -> new CoursesView.CertificateRow(c.courseTitle(), c.personName(), Formats.date(page, c.completedOn()),
                        certificatePath(shop, c.course(), c.person())))
                .toList();
        PageFactory.render(ctx, "training/courses.jte", new CoursesView(frame, cards, staff, modules, certificates,
                TrainingPaths.workshops(shop.id())));
    }

    static String certificatePath(Merchant shop, CourseId course, AccountId person) {
        return TrainingPaths.certificates(shop.id()) + "/" + course.value() + "/" + person.value();
    }

    static Map<AccountId, String> names(ShopProgress progress) {
        return progress.staff().stream().collect(Collectors.toMap(StaffProgress::account, StaffProgress::name, (a, b) -> a));
    }

    private static CoursesView.CourseCard card(Page page, Merchant shop, CourseProgress course, Map<AccountId, String> names) {
        return new CoursesView.CourseCard(course.course().title(), course.course().summary(), course.course().required(),
                course.completed(), course.total(), course.modules().stream().map(module -> row(page, shop, module, names)).toList());
    }

    private static CoursesView.ModuleRow row(Page page, Merchant shop, ModuleProgress module, Map<AccountId, String> names) {
        String by = module.completions().stream().map(Completion::account)
                .map(account -> names.getOrDefault(account, page.t("training.courses.formerStaff"))).distinct()
                .collect(Collectors.joining(", "));
        return new CoursesView.ModuleRow(module.title(), TrainingPaths.module(shop.id(), module.module()),
                TrainingLabels.module(page, module.state()), module.required(), by);
    }

    private ModuleId moduleId(Context ctx) {
        return new ModuleId(PathParams.pageId(ctx, "moduleId"));
    }

    private void module(Context ctx) {
        Merchant shop = training.shop(ctx);
        ModulePage module = training.service(Learning.class).modulePage(moduleId(ctx), shop.id(), ShopTraining.actor(ctx));
        render(ctx, shop, module, Optional.empty(), List.of(), Notice.none(), 200);
    }

    private void markRead(Context ctx) {
        Merchant shop = training.shop(ctx);
        ModuleId id = moduleId(ctx);
        Learning learning = training.service(Learning.class);
        try {
            learning.completeReading(id, shop.id(), ShopTraining.actor(ctx));
            ShopTraining.redirectDone(ctx, TrainingPaths.module(shop.id(), id), "module-completed");
        }
        catch (ConflictException e) {
            ModulePage module = learning.modulePage(id, shop.id(), ShopTraining.actor(ctx));
            render(ctx, shop, module, Optional.empty(), List.of(),
                    Optional.of(new Problems(training.frame(ctx, shop, TrainingNav.COURSES).page()).of(e)), 409);
        }
    }

    private void quiz(Context ctx) {
        Merchant shop = training.shop(ctx);
        ModuleId id = moduleId(ctx);
        Learning learning = training.service(Learning.class);
        Actor actor = ShopTraining.actor(ctx);
        ModulePage module = learning.modulePage(id, shop.id(), actor);
        int questions = module.quiz().map(quiz -> quiz.questions().size()).orElse(0);
        FormParams form = new FormParams(ctx);
        List<Set<Integer>> answers = new java.util.ArrayList<>();
        Page page = training.frame(ctx, shop, TrainingNav.COURSES).page();
        try {
            for (int i = 0; i < questions; i++) {
                answers.add(QuizAnswers.choices("q" + i, form.all("q" + i)));
            }
            QuizOutcome outcome = learning.submitQuiz(id, shop.id(), answers, actor);
            QuizResult result = outcome.result();
            Notice notice = result.passed() ? Notice.success(page.t("training.quiz.passed", result.correct(), result.total()))
                    : Notice.problem(page.t("training.quiz.failed", result.correct(), result.total(), result.passMark()));
            render(ctx, shop, learning.modulePage(id, shop.id(), actor), Optional.of(result), answers, Optional.of(notice), 200);
        }
        catch (InvalidInputException e) {
            Notice notice = Notice.problem(page.t("training.quiz.answerAll"));
            render(ctx, shop, module, Optional.empty(), answers, Optional.of(notice), 400);
        }
        catch (ConflictException e) {
            render(ctx, shop, module, Optional.empty(), answers, Optional.of(new Problems(page).of(e)), 409);
        }
    }

    private void render(Context ctx, Merchant shop, ModulePage module, Optional<QuizResult> result, List<Set<Integer>> answers,
                        Optional<Notice> notice, int status) {
        BackOfficeFrame frame = training.frame(ctx, shop, TrainingNav.COURSES).withNotice(notice);
        Page page = frame.page();
        ctx.status(status);
        PageFactory.render(ctx, "training/module.jte", new ModuleView(frame, module, TrainingLabels.module(page, module.state()),
                TrainingPaths.courses(shop.id()), TrainingPaths.module(shop.id(), module.module()),
                module.completion().map(c -> Formats.dateTime(page, c.completedAt())), result, answers));
    }

    private void certificate(Context ctx) {
        Merchant shop = training.shop(ctx);
        CourseId course = new CourseId(PathParams.pageId(ctx, "courseId"));
        AccountId person = new AccountId(PathParams.pageId(ctx, "accountId"));
        CertificatePdf pdf = training.service(Certificates.class).certificate(course, shop.id(), person, ShopTraining.actor(ctx));
        CertificateDownload.send(ctx, pdf);
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.training.api.Certificates;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.Learning;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.QuizOutcome;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/merchant/{merchantId}/training/...}: a shop's training as JSON: courses and progress, a module and its
 * quiz, completing by reading, and certificates. The caller works for the shop (403 otherwise; admins read any shop, but
 * only the shop's people learn). The onboarding and the workshops have their own classes ({@link OnboardingApi},
 * {@link BookingsApi}) under the same root.
 */
final class MerchantTrainingApi {
    private static final String MERCHANT_API = "/api/v1/merchant";
    static final String ROOT = MERCHANT_API + "/{merchantId}/training";
    static final int MAX_QUESTIONS = 100;

    private final ShopTraining training;

    MerchantTrainingApi(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        new OnboardingApi(training).register(routes);
        routes.get(ROOT + "/courses", this::courses, ShopTraining.STAFF);
        routes.get(ROOT + "/modules/{moduleId}", this::module, ShopTraining.STAFF);
        routes.post(ROOT + "/modules/{moduleId}/completion", this::complete, ShopTraining.STAFF);
        routes.post(ROOT + "/modules/{moduleId}/quiz-attempts", this::quiz, ShopTraining.STAFF);
        routes.get(ROOT + "/certificates", this::certificates, ShopTraining.STAFF);
        routes.get(ROOT + "/certificates/{courseId}/{accountId}", this::certificate, ShopTraining.STAFF);
        new BookingsApi(training).register(routes);
    }

    private void courses(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        ctx.json(TrainingJson.Progress.of(training.service(Learning.class).progress(shop.id(), Viewer.of(ctx).actor())));
    }

    private static ModuleId moduleId(Context ctx) {
        return new ModuleId(PathParams.positiveId(ctx, "moduleId"));
    }

    private void module(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        ctx.json(TrainingJson.ModuleJson.of(training.service(Learning.class).modulePage(moduleId(ctx), shop.id(), Viewer.of(ctx).actor())));
    }

    private void complete(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        ModuleId module = moduleId(ctx);
        ctx.json(TrainingJson.CompletionJson.of(training.service(Learning.class).completeReading(module, shop.id(), Viewer.of(ctx).actor())));
    }

    private void quiz(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        ModuleId module = moduleId(ctx);
        List<Set<Integer>> answers = answers(JsonBody.of(ctx));
        QuizOutcome outcome = training.service(Learning.class).submitQuiz(module, shop.id(), answers, Viewer.of(ctx).actor());
        ctx.json(TrainingJson.QuizResultJson.of(outcome.result(), outcome.completion()));
    }

    /** {@code "answers": [{"choices": [0]}, {"choices": [1, 2]}]}: for each question in order, the chosen choices' indexes. */
    static List<Set<Integer>> answers(JsonBody body) {
        List<Set<Integer>> answers = new ArrayList<>();
        for (JsonBody answer : body.objects("answers", MAX_QUESTIONS)) {
            Set<Integer> choices = new LinkedHashSet<>();
            answer.integers("choices", QuizAnswers.MAX_CHOICE, 0, QuizAnswers.MAX_CHOICE - 1).forEach(choice -> choices.add(choice.intValue()));
            answers.add(choices);
        }
        return answers;
    }

    private void certificates(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        String base = MERCHANT_API + "/" + shop.id().value() + "/training/certificates/";
        ctx.json(training.service(Certificates.class).earned(shop.id(), Viewer.of(ctx).actor()).stream()
                .map(c -> TrainingJson.CertificateJson.of(c, base + c.course().value() + "/" + c.person().value())).toList());
    }

    private void certificate(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        CourseId course = new CourseId(PathParams.positiveId(ctx, "courseId"));
        AccountId person = new AccountId(PathParams.positiveId(ctx, "accountId"));
        CertificateDownload.send(ctx, training.service(Certificates.class).certificate(course, shop.id(), person, Viewer.of(ctx).actor()));
    }
}

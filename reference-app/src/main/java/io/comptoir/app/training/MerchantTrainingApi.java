package io.comptoir.app.training;

import io.comptoir.app.auth.Viewer;
import io.comptoir.app.merchant.MerchantApi;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.certificate.Certificates;
import io.comptoir.training.checklist.CharterAcceptance;
import io.comptoir.training.checklist.Charters;
import io.comptoir.training.course.CourseId;
import io.comptoir.training.course.ModuleId;
import io.comptoir.training.membership.Memberships;
import io.comptoir.training.progress.Learning;
import io.comptoir.training.progress.QuizOutcome;
import io.comptoir.training.workshop.Booking;
import io.comptoir.training.workshop.BookingId;
import io.comptoir.training.workshop.Cancellation;
import io.comptoir.training.workshop.SessionId;
import io.comptoir.training.workshop.Workshops;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/merchant/{merchantId}/training/...}: a shop's onboarding and training as JSON: the checklist, the
 * charter, going live, courses and progress, modules and quizzes, workshops and bookings, certificates, membership.
 * The caller works for the shop (403 otherwise; admins read any shop, but only the shop's people learn and accept).
 */
final class MerchantTrainingApi {
    static final String ROOT = MerchantApi.ROOT + "/{merchantId}/training";
    static final int MAX_QUESTIONS = 100;

    private final ShopTraining training;

    MerchantTrainingApi(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ROOT + "/onboarding", this::onboarding, ShopTraining.STAFF);
        routes.post(ROOT + "/charter-acceptance", this::acceptCharter, ShopTraining.STAFF);
        routes.post(ROOT + "/go-live", this::goLive, ShopTraining.STAFF);
        routes.get(ROOT + "/courses", this::courses, ShopTraining.STAFF);
        routes.get(ROOT + "/modules/{moduleId}", this::module, ShopTraining.STAFF);
        routes.post(ROOT + "/modules/{moduleId}/completion", this::complete, ShopTraining.STAFF);
        routes.post(ROOT + "/modules/{moduleId}/quiz-attempts", this::quiz, ShopTraining.STAFF);
        routes.get(ROOT + "/workshops", this::workshops, ShopTraining.STAFF);
        routes.get(ROOT + "/bookings", this::bookings, ShopTraining.STAFF);
        routes.post(ROOT + "/bookings", this::book, ShopTraining.STAFF);
        routes.post(ROOT + "/bookings/{bookingId}/cancel", this::cancel, ShopTraining.STAFF);
        routes.get(ROOT + "/certificates", this::certificates, ShopTraining.STAFF);
        routes.get(ROOT + "/certificates/{courseId}/{accountId}", this::certificate, ShopTraining.STAFF);
        routes.get(ROOT + "/membership", this::membership, ShopTraining.STAFF);
    }

    /** The shop of the address, after checking the caller works for it (403 first) and the plugin runs. */
    private Merchant shop(Context ctx) {
        long id = PathParams.positiveId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        Merchant shop = training.marketplace().merchants().require(new MerchantId(id));
        training.service(Learning.class);
        return shop;
    }

    private void onboarding(Context ctx) {
        ctx.json(onboardingOf(shop(ctx), Viewer.of(ctx).actor()));
    }

    private TrainingJson.Onboarding onboardingOf(Merchant shop, Actor actor) {
        List<ChecklistItem> items = training.marketplace().onboarding().checklist(shop.id());
        Charters charters = training.service(Charters.class);
        Optional<CharterAcceptance> accepted = charters.latestAcceptance(shop.id(), actor);
        return new TrainingJson.Onboarding(shop.id().value(), shop.status().name(), items.stream().map(TrainingJson.Item::of).toList(),
                items.stream().filter(ChecklistItem::blocks).map(item -> item.detail().isEmpty() ? item.label() : item.label() + " : " + item.detail())
                        .toList(),
                charters.current().map(current -> TrainingJson.Charter.of(current,
                        accepted.map(a -> a.version() == current.version()).orElse(false))).orElse(null),
                TrainingJson.Membership.of(training.service(Memberships.class).status(shop.id(), training.thisMonth(), actor)));
    }

    private void acceptCharter(Context ctx) {
        Merchant shop = shop(ctx);
        int version = (int) JsonBody.of(ctx).integer("version", 1, Integer.MAX_VALUE);
        Actor actor = Viewer.of(ctx).actor();
        training.service(Charters.class).accept(shop.id(), version, actor);
        ctx.json(onboardingOf(shop, actor));
    }

    private void goLive(Context ctx) {
        Merchant shop = shop(ctx);
        Actor actor = Viewer.of(ctx).actor();
        Merchant live = new GoingLive(training.marketplace().merchants()).goLive(shop, actor);
        ctx.json(onboardingOf(live, actor));
    }

    private void courses(Context ctx) {
        Merchant shop = shop(ctx);
        ctx.json(TrainingJson.Progress.of(training.service(Learning.class).progress(shop.id(), Viewer.of(ctx).actor())));
    }

    private static ModuleId moduleId(Context ctx) {
        return new ModuleId(PathParams.positiveId(ctx, "moduleId"));
    }

    private void module(Context ctx) {
        Merchant shop = shop(ctx);
        ctx.json(TrainingJson.ModuleJson.of(training.service(Learning.class).modulePage(moduleId(ctx), shop.id(), Viewer.of(ctx).actor())));
    }

    private void complete(Context ctx) {
        Merchant shop = shop(ctx);
        ModuleId module = moduleId(ctx);
        ctx.json(TrainingJson.CompletionJson.of(training.service(Learning.class).completeReading(module, shop.id(), Viewer.of(ctx).actor())));
    }

    private void quiz(Context ctx) {
        Merchant shop = shop(ctx);
        ModuleId module = moduleId(ctx);
        JsonBody body = JsonBody.of(ctx);
        List<Set<Integer>> answers = answers(body);
        QuizOutcome outcome = training.service(Learning.class).submitQuiz(module, shop.id(), answers, Viewer.of(ctx).actor());
        ctx.json(TrainingJson.QuizResultJson.of(outcome.result(), outcome.completion()));
    }

    /** {@code "answers": [{"choices": [0]}, {"choices": [1, 2]}]}: for each question in order, the chosen choices' indexes. */
    static List<Set<Integer>> answers(JsonBody body) {
        List<Set<Integer>> answers = new ArrayList<>();
        for (JsonBody answer : body.objects("answers", MAX_QUESTIONS)) {
            Set<Integer> choices = new java.util.LinkedHashSet<>();
            answer.integers("choices", QuizAnswers.MAX_CHOICE, 0, QuizAnswers.MAX_CHOICE - 1).forEach(choice -> choices.add(choice.intValue()));
            answers.add(choices);
        }
        return answers;
    }

    private void workshops(Context ctx) {
        shop(ctx);
        QueryParams params = new QueryParams(ctx);
        Optional<ModuleId> module = params.text("moduleId").map(text -> new ModuleId(positive("moduleId", text)));
        Optional<String> commune = params.text("communeInsee", 5);
        ctx.json(training.service(Workshops.class).upcoming(module, commune).stream().map(TrainingJson.Session::of).toList());
    }

    private static long positive(String name, String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid(name, name + " must be a positive id, got '" + text + "'");
    }

    private void bookings(Context ctx) {
        Merchant shop = shop(ctx);
        ctx.json(training.service(Workshops.class).bookingsOf(shop.id(), Viewer.of(ctx).actor()).stream()
                .map(b -> new TrainingJson.ShopBookingJson(TrainingJson.BookingJson.of(b.booking()), TrainingJson.Session.of(b.session())))
                .toList());
    }

    private void book(Context ctx) {
        Merchant shop = shop(ctx);
        JsonBody body = JsonBody.of(ctx);
        SessionId session = new SessionId(body.integer("sessionId", 1, Long.MAX_VALUE));
        AccountId attendee = new AccountId(body.integer("attendeeId", 1, Long.MAX_VALUE));
        Booking booking = training.service(Workshops.class).book(session, shop.id(), attendee, Viewer.of(ctx).actor());
        ctx.status(HttpStatus.CREATED).json(TrainingJson.BookingJson.of(booking));
    }

    private void cancel(Context ctx) {
        Merchant shop = shop(ctx);
        BookingId id = new BookingId(PathParams.positiveId(ctx, "bookingId"));
        Workshops workshops = training.service(Workshops.class);
        Actor actor = Viewer.of(ctx).actor();
        if (!workshops.booking(id, actor).shop().equals(shop.id())) {
            throw new NotFoundException("booking_not_found", "no booking " + id + " for this shop");
        }
        Cancellation cancellation = workshops.cancel(id, actor);
        ctx.json(new TrainingJson.CancellationJson(TrainingJson.BookingJson.of(cancellation.cancelled()),
                cancellation.promoted().map(TrainingJson.BookingJson::of).orElse(null)));
    }

    private void certificates(Context ctx) {
        Merchant shop = shop(ctx);
        String base = MerchantApi.ROOT + "/" + shop.id().value() + "/training/certificates/";
        ctx.json(training.service(Certificates.class).earned(shop.id(), Viewer.of(ctx).actor()).stream()
                .map(c -> TrainingJson.CertificateJson.of(c, base + c.course().value() + "/" + c.person().value())).toList());
    }

    private void certificate(Context ctx) {
        Merchant shop = shop(ctx);
        CourseId course = new CourseId(PathParams.positiveId(ctx, "courseId"));
        AccountId person = new AccountId(PathParams.positiveId(ctx, "accountId"));
        CertificateDownload.send(ctx, training.service(Certificates.class).certificate(course, shop.id(), person, Viewer.of(ctx).actor()));
    }

    private void membership(Context ctx) {
        Merchant shop = shop(ctx);
        YearMonth month = new QueryParams(ctx).text("month", 7).map(MerchantTrainingApi::month).orElse(training.thisMonth());
        ctx.json(TrainingJson.Membership.of(training.service(Memberships.class).status(shop.id(), month, Viewer.of(ctx).actor())));
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() >= 2000 && month.getYear() <= 2200) {
                return month;
            }
        }
        catch (DateTimeParseException e) {
            // reported below
        }
        throw InvalidInputException.invalid("month", "month must be written 2026-11, got '" + text + "'");
    }
}

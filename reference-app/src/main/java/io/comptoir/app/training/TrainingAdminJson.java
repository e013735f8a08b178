package io.comptoir.app.training;

import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseCompletion;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.MembershipPlan;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.MembershipStatement;
import io.comptoir.training.api.MembershipStatus;
import io.comptoir.training.api.ModuleCompletion;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.OnboardingPipeline;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.RosterEntry;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.ShopOnboarding;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.Waiver;
import io.comptoir.training.api.WorkshopSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The training admin API's JSON: records written as they are, instants in ISO-8601, money in minor units. */
public final class TrainingAdminJson {

    private TrainingAdminJson() {
    }

    public record ShopProgress(long id, String name, String communeInsee, MerchantStatus status, int requiredModulesDone, int requiredModules,
                        boolean charterAccepted, List<String> blocking, int upcomingBookings, boolean overdue, boolean readyToGoLive) {
        public static ShopProgress of(ShopOnboarding shop) {
            return new ShopProgress(shop.shop().value(), shop.name(), shop.communeInsee(), shop.status(), shop.requiredModulesDone(),
                    shop.requiredModules(), shop.charterAccepted(), shop.blocking(), shop.upcomingBookings(), shop.overdue(),
                    shop.readyToGoLive());
        }
    }

    public record ShopRef(long id, String name, String communeInsee) {
        public static ShopRef of(Merchant shop) {
            return new ShopRef(shop.id().value(), shop.name(), shop.address().communeInsee());
        }
    }

    public record Pipeline(Map<ApplicationStatus, Integer> applications, Map<MerchantStatus, Integer> shops, int members, int inTraining,
                    List<ShopProgress> inTrainingShops, List<ShopProgress> liveOverdue, List<ShopRef> suspended) {
        public static Pipeline of(OnboardingPipeline pipeline, List<Merchant> suspended) {
            Map<ApplicationStatus, Integer> applications = new EnumMap<>(ApplicationStatus.class);
            for (ApplicationStatus status : ApplicationStatus.values()) {
                applications.put(status, pipeline.applications().getOrDefault(status, 0));
            }
            Map<MerchantStatus, Integer> shops = new EnumMap<>(MerchantStatus.class);
            for (MerchantStatus status : MerchantStatus.values()) {
                shops.put(status, pipeline.shops().getOrDefault(status, 0));
            }
            return new Pipeline(applications, shops, shops.get(MerchantStatus.LIVE), shops.get(MerchantStatus.ONBOARDING),
                    pipeline.inTraining().stream().map(ShopProgress::of).toList(),
                    pipeline.liveOverdue().stream().map(ShopProgress::of).toList(), suspended.stream().map(ShopRef::of).toList());
        }
    }

    public record Choice(String label, boolean correct) {
    }

    public record Question(String prompt, List<Choice> choices) {
    }

    public record QuizJson(int passMark, List<Question> questions) {
        public static QuizJson of(Quiz quiz) {
            return new QuizJson(quiz.passMark(), quiz.questions().stream().map(question -> new Question(question.prompt(),
                    question.choices().stream().map(choice -> new Choice(choice.label(), choice.correct())).toList())).toList());
        }
    }

    public record ModuleJson(long id, long courseId, String title, String summary, String content, String contentHtml, int minutes, int position,
                      List<Long> prerequisites, QuizJson quiz, Instant createdAt, Instant updatedAt) {
        public static ModuleJson of(TrainingModule module, Courses courses) {
            return new ModuleJson(module.id().value(), module.courseId().value(), module.title(), module.summary(), module.content(),
                    courses.html(module.content()), module.minutes(), module.position(),
                    module.prerequisites().stream().map(ModuleId::value).toList(), module.quiz().map(QuizJson::of).orElse(null),
                    module.createdAt(), module.updatedAt());
        }
    }

    public record CourseJson(long id, String title, String summary, boolean required, Instant requiredSince, boolean published, int position,
                      Instant createdAt, Instant updatedAt, List<ModuleJson> modules) {
        public static CourseJson of(Course course, List<TrainingModule> modules, Courses courses) {
            return new CourseJson(course.id().value(), course.title(), course.summary(), course.required(),
                    course.requiredSince().orElse(null), course.published(), course.position(), course.createdAt(), course.updatedAt(),
                    modules.stream().map(module -> ModuleJson.of(module, courses)).toList());
        }
    }

    public record SessionJson(long id, long moduleId, String moduleTitle, Instant startsAt, Instant endsAt, String place, String communeInsee,
                       String communeName, String onlineUrl, int capacity, long trainerId, String trainerName, String status,
                       String cancelReason, int booked, int waiting, int seatsLeft) {
        public static SessionJson of(WorkshopSession session) {
            return new SessionJson(session.id().value(), session.module().value(), session.moduleTitle(), session.startsAt(),
                    session.endsAt(), session.place(), session.communeInsee().orElse(null), session.communeName().orElse(null),
                    session.onlineUrl(), session.capacity(), session.trainer().value(), session.trainerName(), session.status().name(),
                    session.cancelReason().orElse(null), session.booked(), session.waiting(), session.seatsLeft());
        }
    }

    public record BookingJson(long id, long shopId, String shopName, long attendeeId, String attendeeName, String attendeeEmail, int arrival,
                       String state, Integer waitingPosition, Instant requestedAt, Instant confirmedAt, Instant cancelledAt,
                       String attendance) {
        public static BookingJson of(RosterEntry entry) {
            Booking booking = entry.booking();
            return new BookingJson(booking.id().value(), booking.shop().value(), entry.shopName(), booking.attendee().value(),
                    entry.attendeeName(), entry.attendeeEmail(), booking.arrival(), booking.state().name(),
                    booking.waitingPosition().orElse(null), booking.requestedAt(), booking.confirmedAt().orElse(null),
                    booking.cancelledAt().orElse(null), booking.attendance().map(Enum::name).orElse(null));
        }
    }

    public record RosterJson(SessionJson session, List<BookingJson> booked, List<BookingJson> waiting, List<BookingJson> cancelled) {
        public static RosterJson of(SessionRoster roster) {
            Function<List<RosterEntry>, List<BookingJson>> json = entries -> entries.stream().map(BookingJson::of).toList();
            return new RosterJson(SessionJson.of(roster.session()), json.apply(roster.booked()), json.apply(roster.waiting()),
                    json.apply(roster.cancelled()));
        }
    }

    public record ModuleRate(long moduleId, String title, int shopsCompleted, int shops, int viaWorkshop, int rate) {
        public static ModuleRate of(ModuleCompletion module) {
            return new ModuleRate(module.module().value(), module.title(), module.shopsCompleted(), module.shops(), module.viaWorkshop(),
                    module.rate());
        }
    }

    public record CourseRate(long courseId, String title, boolean required, int shopsCompleted, int shops, int rate, List<ModuleRate> modules) {
        public static CourseRate of(CourseCompletion course) {
            return new CourseRate(course.course().id().value(), course.course().title(), course.course().required(), course.shopsCompleted(),
                    course.shops(), course.rate(), course.modules().stream().map(ModuleRate::of).toList());
        }
    }

    public record CommuneRate(String communeInsee, String communeName, int live, int inTraining, int trainingDone, int charterAccepted,
                       int modulesDone, int modulesRequired, int rate) {
        public static CommuneRate of(CommuneProgress commune) {
            return new CommuneRate(commune.communeInsee(), commune.communeName(), commune.live(), commune.inTraining(),
                    commune.trainingDone(), commune.charterAccepted(), commune.modulesDone(), commune.modulesRequired(), commune.rate());
        }
    }

    public record Reports(List<CourseRate> courses, List<CommuneRate> communes) {
    }

    public record PlanJson(Money monthlyPrice, YearMonth from, Instant createdAt) {
        public static PlanJson of(MembershipPlan plan) {
            return new PlanJson(plan.monthlyPrice(), plan.from(), plan.createdAt());
        }
    }

    public record WaiverJson(long id, Long shop, String shopName, LocalDate from, LocalDate until, String reason, String grantedBy,
                      Instant grantedAt, Instant revokedAt) {
        public static WaiverJson of(Waiver waiver, Function<Long, String> shopNames) {
            Long shop = waiver.shop().map(id -> id.value()).orElse(null);
            return new WaiverJson(waiver.id().value(), shop, shop == null ? null : shopNames.apply(shop), waiver.from(), waiver.until(),
                    waiver.reason(), waiver.grantedBy(), waiver.grantedAt(), waiver.revokedAt().orElse(null));
        }
    }

    public record ShopMembership(long shopId, String shopName, MembershipState state, Money amountDue, LocalDate waivedUntil, String waiverReason) {
        public static ShopMembership of(MembershipStatus status) {
            return new ShopMembership(status.shop().value(), status.shopName(), status.state(), status.amountDue(),
                    status.waiver().map(Waiver::until).orElse(null), status.waiver().map(Waiver::reason).orElse(null));
        }
    }

    public record Statement(YearMonth month, Map<MembershipState, Integer> counts, Money totalDue, List<ShopMembership> shops) {
        public static Statement of(MembershipStatement statement) {
            Map<MembershipState, Integer> counts = new EnumMap<>(MembershipState.class);
            for (MembershipState state : MembershipState.values()) {
                counts.put(state, statement.counts().getOrDefault(state, 0));
            }
            return new Statement(statement.month(), counts, statement.totalDue(),
                    statement.shops().stream().map(ShopMembership::of).toList());
        }
    }

    public record Membership(PlanJson planInForce, List<PlanJson> plans, List<WaiverJson> waivers, Statement statement) {
    }
}

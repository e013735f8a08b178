package io.comptoir.app.training;

import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.money.Money;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.Certificate;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.CourseProgress;
import io.comptoir.training.api.MembershipStatus;
import io.comptoir.training.api.ModulePage;
import io.comptoir.training.api.ModuleProgress;
import io.comptoir.training.api.QuizResult;
import io.comptoir.training.api.QuizView;
import io.comptoir.training.api.RosterEntry;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.ShopProgress;
import io.comptoir.training.api.StaffProgress;
import io.comptoir.training.api.WorkshopSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The training API's bodies: plain records, ids as numbers, times as ISO instants, absent values as null. */
final class TrainingJson {
    private TrainingJson() {
    }

    record Item(String code, String label, boolean blocking, boolean done, String detail) {
        static Item of(ChecklistItem item) {
            return new Item(item.code(), item.label(), item.blocking(), item.done(), item.detail());
        }
    }

    record Charter(int version, String title, String html, Instant publishedAt, boolean accepted) {
        static Charter of(CharterVersion version, boolean accepted) {
            return new Charter(version.version(), version.title(), version.html(), version.publishedAt(), accepted);
        }
    }

    record Membership(String month, String state, Money amountDue, Money monthlyPrice, LocalDate waivedUntil) {
        static Membership of(MembershipStatus status) {
            return new Membership(status.month().toString(), status.state().name(), status.amountDue(), status.monthlyPrice().orElse(null),
                    status.waiver().map(waiver -> waiver.until()).orElse(null));
        }
    }

    /** @param blockingItems what keeps the shop from going live now, as the 409 of going live lists it */
    record Onboarding(long merchantId, String status, List<Item> checklist, List<String> blockingItems, Charter charter,
                      Membership membership) {
    }

    record CompletionJson(long moduleId, long accountId, Instant completedAt, String via) {
        static CompletionJson of(Completion completion) {
            return new CompletionJson(completion.module().value(), completion.account().value(), completion.completedAt(), completion.via().name());
        }
    }

    record ModuleProgressJson(long id, String title, boolean required, String state, List<CompletionJson> completions) {
        static ModuleProgressJson of(ModuleProgress module) {
            return new ModuleProgressJson(module.module().value(), module.title(), module.required(), module.state().name(),
                    module.completions().stream().map(CompletionJson::of).toList());
        }
    }

    record CourseJson(long id, String title, String summary, boolean required, int completed, int total, List<ModuleProgressJson> modules) {
        static CourseJson of(CourseProgress course) {
            return new CourseJson(course.course().id().value(), course.course().title(), course.course().summary(), course.course().required(),
                    course.completed(), course.total(), course.modules().stream().map(ModuleProgressJson::of).toList());
        }
    }

    record StaffJson(long accountId, String name, List<Long> completedModules) {
        static StaffJson of(StaffProgress staff) {
            return new StaffJson(staff.account().value(), staff.name(), staff.completed().stream().map(id -> id.value()).toList());
        }
    }

    record Progress(long merchantId, List<CourseJson> courses, List<StaffJson> staff) {
        static Progress of(ShopProgress progress) {
            return new Progress(progress.shop().value(), progress.courses().stream().map(CourseJson::of).toList(),
                    progress.staff().stream().map(StaffJson::of).toList());
        }
    }

    record Question(String prompt, List<String> choices, boolean multipleAnswers) {
    }

    record Quiz(int passMark, List<Question> questions) {
        static Quiz of(QuizView quiz) {
            return new Quiz(quiz.passMark(), quiz.questions().stream().map(q -> new Question(q.prompt(), q.choices(), q.multipleAnswers())).toList());
        }
    }

    record ModuleJson(long id, long courseId, String courseTitle, String title, String summary, String html, int minutes, String state,
                      List<String> missingPrerequisites, Quiz quiz, CompletionJson completion) {
        static ModuleJson of(ModulePage page) {
            return new ModuleJson(page.module().value(), page.course().value(), page.courseTitle(), page.title(), page.summary(), page.html(),
                    page.minutes(), page.state().name(), page.missingPrerequisites(), page.quiz().map(Quiz::of).orElse(null),
                    page.completion().map(CompletionJson::of).orElse(null));
        }
    }

    record QuizResultJson(int correct, int total, int passMark, boolean passed, List<Boolean> rightByQuestion, CompletionJson completion) {
        static QuizResultJson of(QuizResult result, java.util.Optional<Completion> completion) {
            return new QuizResultJson(result.correct(), result.total(), result.passMark(), result.passed(), result.rightByQuestion(),
                    completion.map(CompletionJson::of).orElse(null));
        }
    }

    record Session(long id, long moduleId, String moduleTitle, Instant startsAt, Instant endsAt, String place, String communeInsee,
                   String communeName, String onlineUrl, int capacity, int booked, int seatsLeft, int waiting, long trainerId,
                   String trainerName, String status, String cancelReason) {
        static Session of(WorkshopSession s) {
            return new Session(s.id().value(), s.module().value(), s.moduleTitle(), s.startsAt(), s.endsAt(), s.place(),
                    s.communeInsee().orElse(null), s.communeName().orElse(null), s.onlineUrl(), s.capacity(), s.booked(), s.seatsLeft(),
                    s.waiting(), s.trainer().value(), s.trainerName(), s.status().name(), s.cancelReason().orElse(null));
        }
    }

    record BookingJson(long id, long sessionId, long merchantId, long attendeeId, String state, Integer waitingPosition,
                       Instant requestedAt, Instant confirmedAt, Instant cancelledAt, String attendance) {
        static BookingJson of(Booking b) {
            return new BookingJson(b.id().value(), b.session().value(), b.shop().value(), b.attendee().value(), b.state().name(),
                    b.waitingPosition().orElse(null), b.requestedAt(), b.confirmedAt().orElse(null), b.cancelledAt().orElse(null),
                    b.attendance().map(Enum::name).orElse(null));
        }
    }

    record ShopBookingJson(BookingJson booking, Session session) {
    }

    record CancellationJson(BookingJson cancelled, BookingJson promoted) {
    }

    record CertificateJson(long courseId, String courseTitle, long accountId, String personName, LocalDate completedOn, String reference,
                           String pdf) {
        static CertificateJson of(Certificate c, String pdf) {
            return new CertificateJson(c.course().value(), c.courseTitle(), c.person().value(), c.personName(), c.completedOn(), c.reference(), pdf);
        }
    }

    record RosterEntryJson(BookingJson booking, String attendeeName, String attendeeEmail, String shopName) {
        static RosterEntryJson of(RosterEntry entry) {
            return new RosterEntryJson(BookingJson.of(entry.booking()), entry.attendeeName(), entry.attendeeEmail(), entry.shopName());
        }
    }

    record Roster(Session session, List<RosterEntryJson> booked, List<RosterEntryJson> waiting, List<RosterEntryJson> cancelled) {
        static Roster of(SessionRoster roster) {
            return new Roster(Session.of(roster.session()), roster.booked().stream().map(RosterEntryJson::of).toList(),
                    roster.waiting().stream().map(RosterEntryJson::of).toList(), roster.cancelled().stream().map(RosterEntryJson::of).toList());
        }
    }
}

package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.TrainingModule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** What the form to plan a session offers (modules by course, communes, trainers) and its first values. */
public final class SessionForm {
    private final TrainingServices services;

    SessionForm(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    /** The choices of the form's lists. */
    public record Choices(List<CourseModules> courses, List<Commune> communes, List<Account> trainers) {
    }

    public record CourseModules(Course course, List<TrainingModule> modules) {
    }

    Choices choices() {
        List<CourseModules> courses = services.courses().courses(true).stream()
                .map(course -> new CourseModules(course, services.courses().modules(course.id())))
                .filter(course -> !course.modules().isEmpty()).toList();
        List<Commune> communes = services.marketplace().territory().communes().stream()
                .sorted(Comparator.comparing(Commune::name)).toList();
        return new Choices(courses, communes, TrainingShops.trainers(services.marketplace()));
    }

    /** The form of an existing session, its times in the marketplace's zone. */
    FormValues values(io.comptoir.training.api.WorkshopSession session) {
        java.time.ZonedDateTime starts = session.startsAt().atZone(services.marketplace().zone());
        java.time.ZonedDateTime ends = session.endsAt().atZone(services.marketplace().zone());
        return FormValues.builder().put("module", session.module().value()).put("date", starts.toLocalDate())
                .put("startsAt", starts.toLocalTime()).put("endsAt", ends.toLocalTime()).put("place", session.place())
                .put("communeInsee", session.communeInsee().orElse("")).put("onlineUrl", session.onlineUrl())
                .put("capacity", session.capacity()).put("trainer", session.trainer().value()).build();
    }

    /** A session a week from now, in the afternoon, for twelve people. */
    FormValues blank() {
        LocalDate day = services.marketplace().today().plusDays(7);
        return FormValues.builder().put("date", day).put("startsAt", "14:00").put("endsAt", "16:00").put("capacity", 12).build();
    }
}

package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TrainingPlugin;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.ModuleDraft;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The back-office market with the training plugin running, and the training things the admin tests start from. */
final class TrainingAdminFixture {
    static final String API = "/api/v1/admin/training";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TrainingAdminFixture() {
    }

    static BackOfficeMarket start(TestDatabase database) {
        return BackOfficeMarket.start(database, new TrainingPlugin());
    }

    static Account trainer(BackOfficeMarket market, String name) {
        Account account = market.shopper(name);
        return market.engine.accounts().grant(account.id(), RoleGrant.of(TrainingRoles.TRAINER), TestCatalogue.ADMIN);
    }

    static Courses courses(BackOfficeMarket market) {
        return market.engine.findService(Courses.class).orElseThrow();
    }

    static Workshops workshops(BackOfficeMarket market) {
        return market.engine.findService(Workshops.class).orElseThrow();
    }

    /** A published course with one module, created by an admin account. */
    static TrainingModule publishedModule(BackOfficeMarket market, Account admin, String title, boolean required) {
        Actor actor = Actor.account(admin.id().value());
        Course course = courses(market).createCourse(new CourseDraft("Cours " + title, "", required, true, 0), actor);
        return courses(market).createModule(course.id(), new ModuleDraft(title, "", "Le contenu de " + title + ".", 20, 0, List.of(),
                Optional.empty()), actor);
    }

    static WorkshopSession session(BackOfficeMarket market, Account admin, TrainingModule module, Account trainer, int capacity) {
        LocalDate day = LocalDate.now(PARIS).plusDays(10);
        return workshops(market).schedule(new SessionDraft(module.id(), day.atTime(14, 0), day.atTime(16, 0), "Maison du commerce, Saint-Omer",
                Optional.of("62765"), "", capacity, trainer.id()), Actor.account(admin.id().value()));
    }

    static JsonNode json(HttpResponse<String> response) {
        return BackOfficeMarket.json(response);
    }
}

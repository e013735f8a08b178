package io.comptoir.app.training;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.SessionStatus;
import io.comptoir.training.api.TrainingModule;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The training admin pages without JavaScript: forms that post, refusals shown next to the field, nothing stored then. */
final class TrainingAdminPagesTest {

    private static long idAfter(String location, String prefix) {
        assertThat(location).startsWith(prefix + "/");
        return Long.parseLong(location.substring(prefix.length() + 1).split("\\?")[0]);
    }

    @EachDatabase
    void aCourseCreatedWithTheFormsGetsAModuleWithAQuizWhosePreviewIsSafe(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Session admin = market.session(market.admin("Équipe formation"));

            HttpResponse<String> created = market.postForm(TrainingAdminPaths.COURSES, admin,
                    Map.of("title", "Vendre en ligne", "summary", "Les bases", "position", "0", "published", "true"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
            long course = idAfter(BackOfficeMarket.location(created), TrainingAdminPaths.COURSES);
            assertThat(BackOfficeMarket.location(created)).endsWith("?ok=course-created");

            HttpResponse<String> added = market.postForm(TrainingAdminPaths.course(course) + "/modules", admin, Map.of(
                    "title", "Accepter les chèques cadeaux", "summary", "", "minutes", "15", "position", "0",
                    "content", "## Le chèque Happy Kdo\n\n<script>alert('x')</script> [voir](javascript:alert(1))",
                    "questions", "? Le chèque vaut combien ?\n* 12 €\n- 10 €\n\n? On rend la monnaie ?\n- Oui\n* Non", "passMark", "50"));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
            long module = idAfter(BackOfficeMarket.location(added), TrainingAdminPaths.MODULES);

            TrainingModule stored = TrainingWorld.courses(market).requireModule(new ModuleId(module));
            assertThat(stored.quiz()).hasValueSatisfying(quiz -> {
                assertThat(quiz.passMark()).isEqualTo(50);
                assertThat(quiz.questions()).extracting(q -> q.prompt()).containsExactly("Le chèque vaut combien ?", "On rend la monnaie ?");
                assertThat(quiz.questions().get(1).choices()).extracting(c -> c.label() + "=" + c.correct()).containsExactly("Oui=false", "Non=true");
            });
            Document page = PageChecks.parse(market.get(TrainingAdminPaths.module(module), admin));
            PageChecks.assertAccessible(page, "fr");
            assertThat(page.select("#module-preview script")).isEmpty();
            assertThat(page.select("#module-preview").html()).contains("&lt;script&gt;").doesNotContain("href=\"javascript");
            assertThat(page.select("#module-preview h3").text()).isEqualTo("Le chèque Happy Kdo");
            assertThat(page.select("#module-questions").text()).contains("? Le chèque vaut combien ?", "* 12 €", "- 10 €");

            HttpResponse<String> preview = market.postForm(TrainingAdminPaths.module(module), admin, Map.of("_do", "preview",
                    "title", "Autre titre", "content", "**Nouveau** texte", "minutes", "15"));
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(PageChecks.parse(preview).select("#module-preview strong").text()).isEqualTo("Nouveau");
            assertThat(TrainingWorld.courses(market).requireModule(new ModuleId(module)).title()).isEqualTo("Accepter les chèques cadeaux");

            HttpResponse<String> unpublished = market.postForm(TrainingAdminPaths.course(course) + "/publication", admin, Map.of("published", "false"));
            assertThat(BackOfficeMarket.location(unpublished)).endsWith("?ok=course-unpublished");
            assertThat(TrainingWorld.courses(market).requireCourse(new CourseId(course)).published()).isFalse();
            assertThat(market.get(TrainingAdminPaths.COURSES, admin).body()).contains("Vendre en ligne", "Non publié");
        }
    }

    @EachDatabase
    void aRefusedFormShowsTheProblemNextToItsFieldAndStoresNothing(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Account adminAccount = market.admin("Équipe formation");
            Session admin = market.session(adminAccount);
            Account trainer = TrainingWorld.trainer(market, "Hugo Formateur");
            TrainingModule module = TrainingWorld.publishedModule(market, adminAccount, "Créer sa page", false);
            String past = LocalDate.now(TrainingWorld.PARIS).minusDays(2).toString();

            record Case(String path, Map<String, String> fields, String errorId) {
            }
            List<Case> cases = List.of(
                    new Case(TrainingAdminPaths.COURSES, Map.of("title", ""), "new-course-title-error"),
                    new Case(TrainingAdminPaths.course(module.courseId().value()), Map.of("title", "Ok", "position", "moins un"), "course-position-error"),
                    new Case(TrainingAdminPaths.course(module.courseId().value()) + "/modules", Map.of("title", "Quiz", "content", "Texte",
                            "minutes", "10", "questions", "Une question sans point d’interrogation", "passMark", "50"), "new-module-questions-error"),
                    new Case(TrainingAdminPaths.module(module.id().value()), Map.of("title", "Créer sa page", "content", "", "minutes", "10"),
                            "module-content-error"),
                    new Case(TrainingAdminPaths.SESSIONS, Map.of("module", module.id().toString(), "date", past, "startsAt", "14:00",
                            "endsAt", "16:00", "place", "Salle", "capacity", "10", "trainer", trainer.id().toString()), "session-starts-error"),
                    new Case(TrainingAdminPaths.MEMBERSHIP + "/tarif", Map.of("monthlyPrice", "vingt", "from", "2030-01"), "plan-price-error"),
                    new Case(TrainingAdminPaths.MEMBERSHIP + "/exonerations", Map.of("from", "2027-02-01", "until", "2027-01-01",
                            "reason", "Offert"), "waiver-until-error"));
            for (Case bad : cases) {
                HttpResponse<String> response = market.postForm(bad.path(), admin, bad.fields());
                assertThat(response.statusCode()).as(bad.path() + " " + bad.fields()).isEqualTo(400);
                Document page = PageChecks.parse(response);
                assertThat(page.select(".notice--problem")).as(bad.path()).hasSize(1);
                assertThat(page.getElementById(bad.errorId())).as(bad.errorId() + " on " + bad.path()).isNotNull();
                assertThat(page.select(".field-error")).as("only the field at fault").hasSize(1);
                PageChecks.assertAccessible(page, "fr");
            }
            var actor = Actor.account(adminAccount.id().value());
            assertThat(TrainingWorld.courses(market).courses(true)).hasSize(1)
                    .allSatisfy(course -> assertThat(course.title()).isEqualTo("Cours Créer sa page"));
            assertThat(TrainingWorld.courses(market).modules(module.courseId())).containsExactly(module);
            assertThat(TrainingWorld.workshops(market).sessions(LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), actor)).isEmpty();
            Memberships memberships = market.engine.findService(Memberships.class).orElseThrow();
            assertThat(memberships.plans()).isEmpty();
            assertThat(memberships.waivers(Optional.empty(), actor)).isEmpty();
        }
    }

    @EachDatabase
    void aSessionPlannedWithTheFormIsListedShowsItsSeatsCanBeChangedAndCalledOff(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Account adminAccount = market.admin("Équipe formation");
            Session admin = market.session(adminAccount);
            Account trainer = TrainingWorld.trainer(market, "Hugo Formateur");
            TrainingModule module = TrainingWorld.publishedModule(market, adminAccount, "Gérer ses commandes", false);
            String day = LocalDate.now(TrainingWorld.PARIS).plusDays(9).toString();

            HttpResponse<String> planned = market.postForm(TrainingAdminPaths.SESSIONS, admin, Map.of("module", module.id().toString(),
                    "date", day, "startsAt", "14:00", "endsAt", "16:30", "place", "Maison du commerce", "communeInsee", TestCatalogue.LUMBRES,
                    "onlineUrl", "", "capacity", "12", "trainer", trainer.id().toString()));
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
            long id = idAfter(BackOfficeMarket.location(planned), TrainingAdminPaths.SESSIONS);
            Account person = market.staffOf("Alice Couture", market.catalogue.training);
            TrainingWorld.workshops(market).book(new SessionId(id), market.catalogue.training.id(), person.id(),
                    Actor.account(person.id().value()));

            Document list = PageChecks.parse(market.get(TrainingAdminPaths.SESSIONS, admin));
            assertThat(list.select("#upcoming-sessions tbody tr")).hasSize(1);
            assertThat(list.select("#upcoming-sessions tbody tr").text()).contains("Gérer ses commandes", "Maison du commerce, Lumbres",
                    "Hugo Formateur", "1 sur 12");
            Document detail = PageChecks.parse(market.get(TrainingAdminPaths.session(id), admin));
            assertThat(detail.select("#booked tbody tr").text()).contains("Alice Couture", market.catalogue.training.name());
            assertThat(detail.select("#session-seats").text()).isEqualTo("1 sur 12");

            Map<String, String> change = new java.util.HashMap<>(Map.of("module", module.id().toString(), "date", day, "startsAt", "14:00",
                    "endsAt", "16:30", "place", "Salle des fêtes", "communeInsee", TestCatalogue.LUMBRES, "capacity", "0",
                    "trainer", trainer.id().toString()));
            HttpResponse<String> refused = market.postForm(TrainingAdminPaths.session(id), admin, change);
            assertThat(refused.statusCode()).isEqualTo(400);
            Document refusedPage = PageChecks.parse(refused);
            assertThat(refusedPage.getElementById("edit-capacity-error")).isNotNull();
            assertThat(refusedPage.select(".field-error")).hasSize(1);
            PageChecks.assertAccessible(refusedPage, "fr");
            change.put("capacity", "15");
            HttpResponse<String> saved = market.postForm(TrainingAdminPaths.session(id), admin, change);
            assertThat(BackOfficeMarket.location(saved)).endsWith("?ok=session-saved");
            assertThat(PageChecks.parse(market.get(TrainingAdminPaths.session(id), admin)).select("#session-seats").text()).isEqualTo("1 sur 15");
            assertThat(TrainingWorld.workshops(market).session(new SessionId(id)).orElseThrow().place()).isEqualTo("Salle des fêtes");

            HttpResponse<String> cancelled = market.postForm(TrainingAdminPaths.session(id) + "/annulation", admin, Map.of("reason", "Salle indisponible"));
            assertThat(BackOfficeMarket.location(cancelled)).endsWith("?ok=session-cancelled");
            assertThat(TrainingWorld.workshops(market).session(new SessionId(id)).orElseThrow().status()).isEqualTo(SessionStatus.CANCELLED);
            assertThat(market.get(TrainingAdminPaths.session(id), admin).body()).contains("Annulé", "Salle indisponible");
        }
    }
}

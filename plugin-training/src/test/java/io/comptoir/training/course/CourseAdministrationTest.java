package io.comptoir.training.course;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.ModuleDraft;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import io.comptoir.training.api.TrainingModule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static io.comptoir.training.TestMarketplace.module;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class CourseAdministrationTest {

    @EachDatabase
    void anAdminBuildsACourseOfModulesWithPrerequisitesAndAQuiz(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();

            assertThat(market.courses().courses(false)).extracting(Course::title).containsExactly("Vendre en ligne sur la marketplace");
            assertThat(market.courses().modules(starter.course().id())).extracting(TrainingModule::title)
                    .containsExactly("Créer la page de votre boutique", "Photographier vos produits", "Gérer vos commandes");
            TrainingModule photos = market.courses().requireModule(starter.photos().id());
            assertThat(photos.prerequisites()).containsExactly(starter.page().id());
            assertThat(photos.quiz()).contains(TestMarketplace.quiz(50));
            assertThat(market.courses().requiredModules()).extracting(required -> required.module().id())
                    .containsExactly(starter.page().id(), starter.photos().id(), starter.orders().id());
            assertThat(market.courses().requiredModules().get(0).requiredSince()).isEqualTo(market.clock.instant());
        }
    }

    @EachDatabase
    void prerequisitesMustBeModulesOfTheCourseWithoutCycleAndNothingIsStoredOtherwise(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Course other = market.courses().createCourse(new CourseDraft("Aller plus loin", "", false, true, 1), market.adminActor());
            TrainingModule elsewhere = market.courses().createModule(other.id(), module("Réseaux sociaux", List.of(), Optional.empty()),
                    market.adminActor());
            Actor admin = market.adminActor();

            assertThatThrownBy(() -> market.courses().updateModule(starter.page().id(),
                    module("Créer la page de votre boutique", List.of(starter.photos().id()), Optional.empty()), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("prerequisites");
                        assertThat(e.getMessage()).contains("cycle");
                    });
            assertThatThrownBy(() -> market.courses().updateModule(starter.page().id(),
                    module("Créer la page de votre boutique", List.of(starter.page().id()), Optional.empty()), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("prerequisites"));
            assertThatThrownBy(() -> market.courses().createModule(starter.course().id(),
                    module("Hors parcours", List.of(elsewhere.id()), Optional.empty()), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("prerequisites"));
            assertThatThrownBy(() -> market.courses().createModule(starter.course().id(),
                    module("Inconnu", List.of(new ModuleId(987_654)), Optional.empty()), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("prerequisites"));

            assertThat(market.courses().requireModule(starter.page().id()).prerequisites()).isEmpty();
            assertThat(market.courses().modules(starter.course().id())).hasSize(3);
        }
    }

    @EachDatabase
    void badCoursesModulesAndQuizzesAreRefusedNamingTheFieldAndNothingIsStored(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Actor admin = market.adminActor();
            Course course = market.courses().createCourse(new CourseDraft("Parcours", "", false, false, 0), admin);
            Map<String, CourseDraft> badCourses = Map.of(
                    "title", new CourseDraft("  ", "", false, true, 0),
                    "summary", new CourseDraft("Titre", "x".repeat(2001), false, true, 0),
                    "position", new CourseDraft("Titre", "", false, true, -1),
                    "published", new CourseDraft("Titre", "", true, false, 0));
            badCourses.forEach((field, draft) -> assertThatThrownBy(() -> market.courses().createCourse(draft, admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(field)));

            QuizQuestion noRightAnswer = new QuizQuestion("Question ?", List.of(new QuizChoice("a", false), new QuizChoice("b", false)));
            QuizQuestion oneChoice = new QuizQuestion("Question ?", List.of(new QuizChoice("a", true)));
            Map<String, ModuleDraft> badModules = Map.of(
                    "title", new ModuleDraft("", "", "Contenu", 10, 0, List.of(), Optional.empty()),
                    "content", new ModuleDraft("Titre", "", " ", 10, 0, List.of(), Optional.empty()),
                    "minutes", new ModuleDraft("Titre", "", "Contenu", 0, 0, List.of(), Optional.empty()),
                    "passMark", new ModuleDraft("Titre", "", "Contenu", 10, 0, List.of(), Optional.of(new Quiz(0, TestMarketplace.quiz(50).questions()))),
                    "questions", new ModuleDraft("Titre", "", "Contenu", 10, 0, List.of(), Optional.of(new Quiz(50, List.of(noRightAnswer)))));
            badModules.forEach((field, draft) -> assertThatThrownBy(() -> market.courses().createModule(course.id(), draft, admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(field)));
            assertThatThrownBy(() -> market.courses().createModule(course.id(), new ModuleDraft("Titre", "", "Contenu", 10, 0, List.of(),
                    Optional.of(new Quiz(50, List.of(oneChoice)))), admin)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> market.courses().createModule(course.id(), new ModuleDraft("Titre", "", "Contenu", 10, 0, List.of(),
                    Optional.of(new Quiz(50, List.of()))), admin)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> market.courses().createModule(new CourseId(424_242), module("Titre", List.of(), Optional.empty()), admin))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> market.courses().updateCourse(new CourseId(424_242), new CourseDraft("T", "", false, true, 0), admin))
                    .isInstanceOf(NotFoundException.class);

            assertThat(market.courses().courses(true)).containsExactly(course);
            assertThat(market.courses().modules(course.id())).isEmpty();
        }
    }

    @EachDatabase
    void onlyAdminsEditCourses(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie");
            List<Actor> notAdmins = List.of(actor(market.staff(shop, "Claire Martin")), actor(market.trainer("Julie Vandamme")),
                    actor(market.person("Paul Client")), Actor.account(987_654));
            for (Actor actor : notAdmins) {
                assertThatThrownBy(() -> market.courses().createCourse(new CourseDraft("Pirate", "", false, true, 0), actor))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.courses().updateModule(starter.page().id(), module("Pirate", List.of(), Optional.empty()), actor))
                        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
                assertThatThrownBy(() -> market.courses().deleteModule(starter.orders().id(), actor)).isInstanceOf(AccessDeniedException.class);
            }
            market.engine.accounts().setActive(market.admin().id(), false, TestMarketplace.SYSTEM);
            assertThatThrownBy(() -> market.courses().createCourse(new CourseDraft("Fermé", "", false, true, 0), market.adminActor()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(market.courses().courses(true)).hasSize(1);
            assertThat(market.courses().requireModule(starter.page().id()).title()).isEqualTo("Créer la page de votre boutique");
            assertThat(market.person("Autre admin", Role.TERRITORY_ADMIN)).isNotNull();
        }
    }

    @EachDatabase
    void aModuleSomeoneUsedOrThatAnotherNeedsCannotBeDeleted(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie");
            Actor admin = market.adminActor();

            assertThatThrownBy(() -> market.courses().deleteModule(starter.page().id(), admin))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("module_is_prerequisite"));
            market.learning().completeReading(starter.page().id(), shop.id(), actor(market.staff(shop, "Claire Martin")));
            market.learning().completeReading(starter.orders().id(), shop.id(), actor(market.staff(shop, "Marc Martin")));
            assertThatThrownBy(() -> market.courses().deleteModule(starter.orders().id(), admin))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("module_in_use"));

            market.courses().deleteModule(starter.photos().id(), admin);
            assertThat(market.courses().modules(starter.course().id())).extracting(TrainingModule::id)
                    .containsExactly(starter.page().id(), starter.orders().id());
        }
    }

    @EachDatabase
    void makingACourseOptionalDropsItsRequirementAndMakingItRequiredAgainRestartsItsGracePeriod(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Actor admin = market.adminActor();
            market.courses().updateCourse(starter.course().id(), new CourseDraft("Vendre en ligne", "", false, true, 0), admin);
            assertThat(market.courses().requiredModules()).isEmpty();
            assertThat(market.courses().requireCourse(starter.course().id()).requiredSince()).isEmpty();

            market.clock.advance(java.time.Duration.ofDays(3));
            Course again = market.courses().updateCourse(starter.course().id(), new CourseDraft("Vendre en ligne", "", true, true, 0), admin);
            assertThat(again.requiredSince()).contains(market.clock.instant());
            assertThat(market.courses().requiredModules()).allSatisfy(required -> assertThat(required.requiredSince()).isEqualTo(market.clock.instant()));
        }
    }
}

package io.comptoir.training.progress;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.CompletionVia;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.ModulePage;
import io.comptoir.training.api.ModuleProgress;
import io.comptoir.training.api.ModuleState;
import io.comptoir.training.api.QuizOutcome;
import io.comptoir.training.api.ShopProgress;
import io.comptoir.training.api.StaffProgress;
import io.comptoir.training.api.TrainingModule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.comptoir.training.TestMarketplace.actor;
import static io.comptoir.training.TestMarketplace.rightAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class LearningTest {

    @EachDatabase
    void aModuleOpensOnlyOnceTheShopCompletedItsPrerequisites(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            Account marc = market.staff(shop, "Marc Martin");

            ModulePage locked = market.learning().modulePage(starter.orders().id(), shop.id(), actor(claire));
            assertThat(locked.state()).isEqualTo(ModuleState.LOCKED);
            assertThat(locked.missingPrerequisites()).containsExactly("Créer la page de votre boutique");
            assertThatThrownBy(() -> market.learning().completeReading(starter.orders().id(), shop.id(), actor(claire)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("prerequisites_not_met");
                        assertThat(e.details()).containsExactly("Créer la page de votre boutique");
                    });
            assertThatThrownBy(() -> market.learning().submitQuiz(starter.photos().id(), shop.id(), rightAnswers(), actor(claire)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("prerequisites_not_met"));

            Completion page = market.learning().completeReading(starter.page().id(), shop.id(), actor(claire));
            assertThat(page.via()).isEqualTo(CompletionVia.READING);
            // The team learns together: Claire's module opens the next ones for Marc.
            assertThat(market.learning().modulePage(starter.orders().id(), shop.id(), actor(marc)).state()).isEqualTo(ModuleState.AVAILABLE);
            assertThat(market.learning().completeReading(starter.orders().id(), shop.id(), actor(marc)).account()).isEqualTo(marc.id());
            // Completing again keeps the first completion.
            market.clock.advance(java.time.Duration.ofHours(1));
            assertThat(market.learning().completeReading(starter.page().id(), shop.id(), actor(claire))).isEqualTo(page);

            ShopProgress progress = market.learning().progress(shop.id(), actor(marc));
            assertThat(progress.courses()).singleElement().satisfies(course -> {
                assertThat(course.completed()).isEqualTo(2);
                assertThat(course.total()).isEqualTo(3);
                assertThat(course.modules()).extracting(ModuleProgress::state)
                        .containsExactly(ModuleState.COMPLETED, ModuleState.AVAILABLE, ModuleState.COMPLETED);
            });
            assertThat(progress.staff()).extracting(StaffProgress::name, StaffProgress::completed).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Claire Martin", List.of(starter.page().id())),
                    org.assertj.core.groups.Tuple.tuple("Marc Martin", List.of(starter.orders().id())));
        }
    }

    @EachDatabase
    void aQuizCompletesItsModuleOnlyWhenPassedAndEveryAttemptCounts(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Actor claire = actor(market.staff(shop, "Claire Martin"));
            market.learning().completeReading(starter.page().id(), shop.id(), claire);

            assertThatThrownBy(() -> market.learning().completeReading(starter.photos().id(), shop.id(), claire))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("quiz_required"));
            assertThatThrownBy(() -> market.learning().submitQuiz(starter.page().id(), shop.id(), rightAnswers(), claire))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("no_quiz"));
            ModulePage page = market.learning().modulePage(starter.photos().id(), shop.id(), claire);
            assertThat(page.quiz()).hasValueSatisfying(quiz -> assertThat(quiz.questions()).hasSize(2));
            assertThat(page.html()).contains("<h2>Photographier vos produits</h2>", "<em>pratiques</em>");

            QuizOutcome failed = market.learning().submitQuiz(starter.photos().id(), shop.id(), List.of(Set.of(1), Set.of(1)), claire);
            assertThat(failed.result().passed()).isFalse();
            assertThat(failed.completion()).isEmpty();
            assertThat(market.learning().modulePage(starter.photos().id(), shop.id(), claire).state()).isEqualTo(ModuleState.AVAILABLE);
            // The pass mark is 50 %: one right answer out of two passes.
            QuizOutcome passed = market.learning().submitQuiz(starter.photos().id(), shop.id(), List.of(Set.of(0), Set.of(2)), claire);
            assertThat(passed.result()).extracting(r -> r.correct(), r -> r.passed()).containsExactly(1, true);
            assertThat(passed.completion()).hasValueSatisfying(completion -> assertThat(completion.via()).isEqualTo(CompletionVia.QUIZ));
            assertThat(market.learning().modulePage(starter.photos().id(), shop.id(), claire).state()).isEqualTo(ModuleState.COMPLETED);

            assertThatThrownBy(() -> market.learning().submitQuiz(starter.photos().id(), shop.id(), List.of(Set.of(0)), claire))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("answers"));
        }
    }

    @EachDatabase
    void onlyTheShopsOwnStaffLearnForItAndSeeItsProgress(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant mine = market.onboardingShop("Épicerie du Marché");
            Merchant theirs = market.onboardingShop("Fromagerie Bocquet");
            Account claire = market.staff(mine, "Claire Martin");
            Account admin = market.admin();

            assertThatThrownBy(() -> market.learning().completeReading(starter.page().id(), theirs.id(), actor(claire)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.learning().progress(theirs.id(), actor(claire))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.learning().modulePage(starter.page().id(), theirs.id(), actor(claire)))
                    .isInstanceOf(AccessDeniedException.class);
            // Admins see every shop's progress, but learning is for the shop's people.
            assertThat(market.learning().progress(theirs.id(), actor(admin)).courses()).hasSize(1);
            assertThatThrownBy(() -> market.learning().completeReading(starter.page().id(), theirs.id(), actor(admin)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.learning().completeReading(starter.page().id(), theirs.id(), TestMarketplace.SYSTEM))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(market.learning().progress(theirs.id(), actor(admin)).courses().get(0).completed()).isZero();
        }
    }

    @EachDatabase
    void modulesOfUnpublishedCoursesAreNotVisibleToShops(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Course draft = market.courses().createCourse(new CourseDraft("En préparation", "", false, false, 0), market.adminActor());
            TrainingModule module = market.courses().createModule(draft.id(), TestMarketplace.module("Bientôt", List.of(), Optional.empty()),
                    market.adminActor());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Actor claire = actor(market.staff(shop, "Claire Martin"));

            assertThatThrownBy(() -> market.learning().modulePage(module.id(), shop.id(), claire)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> market.learning().completeReading(module.id(), shop.id(), claire)).isInstanceOf(NotFoundException.class);
            assertThat(market.learning().modulePage(module.id(), shop.id(), market.adminActor()).title()).isEqualTo("Bientôt");
            assertThat(market.learning().progress(shop.id(), claire).courses()).isEmpty();
        }
    }
}

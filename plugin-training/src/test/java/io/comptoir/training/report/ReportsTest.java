package io.comptoir.training.report;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.CourseCompletion;
import io.comptoir.training.api.ModuleCompletion;
import io.comptoir.training.api.OnboardingPipeline;
import io.comptoir.training.api.ShopOnboarding;
import io.comptoir.training.api.WorkshopSession;

import java.time.Duration;
import java.util.Map;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ReportsTest {

    @EachDatabase
    void thePipelineShowsApplicationsShopsByStatusAndWhatEachShopInTrainingStillLacks(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            market.charters().publish("Charte", "Je m'engage.", market.adminActor());
            market.applications().apply(new ApplicationForm("Le Fournil", TestMarketplace.siret(777), "Boulangerie", "3 rue Carnot", "62500",
                    TestMarketplace.SAINT_OMER, "Hugo Lemaire", "hugo@example.org", "03 21 11 22 33", ""));
            market.shop("Chaussures Martin", MerchantStatus.LIVE);
            market.shop("Cave Saint-Bertin", MerchantStatus.LIVE);
            Merchant started = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(started, "Claire Martin");
            market.learning().completeReading(starter.page().id(), started.id(), actor(claire));
            WorkshopSession session = market.session(starter.photos(), market.trainer("Julie Vandamme"), 5, TestMarketplace.nextMonday());
            market.workshops().book(session.id(), started.id(), claire.id(), actor(claire));
            Merchant ready = market.onboardingShop("Fromagerie Bocquet");
            Account paul = market.staff(ready, "Paul Bocquet");
            market.completeEngineItems(ready);
            market.completeAll(starter, ready, paul);
            market.charters().accept(ready.id(), 1, actor(paul));

            OnboardingPipeline pipeline = market.reports().pipeline(market.adminActor());

            assertThat(pipeline.applications()).containsEntry(ApplicationStatus.PENDING, 1);
            assertThat(pipeline.shops()).containsEntry(MerchantStatus.LIVE, 2).containsEntry(MerchantStatus.ONBOARDING, 2);
            assertThat(pipeline.inTraining()).extracting(ShopOnboarding::name).containsExactly("Fromagerie Bocquet", "Épicerie du Marché");
            ShopOnboarding fromagerie = pipeline.inTraining().get(0);
            assertThat(fromagerie.readyToGoLive()).isTrue();
            assertThat(fromagerie).extracting(ShopOnboarding::requiredModulesDone, ShopOnboarding::requiredModules, ShopOnboarding::charterAccepted)
                    .containsExactly(3, 3, true);
            ShopOnboarding epicerie = pipeline.inTraining().get(1);
            assertThat(epicerie.requiredModulesDone()).isEqualTo(1);
            assertThat(epicerie.upcomingBookings()).isEqualTo(1);
            assertThat(epicerie.blocking()).containsExactly("Profil de la boutique complet", "Au moins 2 produits publiés",
                    "Coordonnées bancaires pour les reversements", "Modules de formation obligatoires suivis", "Charte du territoire acceptée");
        }
    }

    @EachDatabase
    void completionRatesCountShopsInTrainingAndLiveAndWorkshopAttendance(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            market.shop("Chaussures Martin", MerchantStatus.LIVE);
            market.shop("Ancienne boutique", MerchantStatus.SUSPENDED);
            Merchant a = market.onboardingShop("Épicerie du Marché");
            Merchant b = market.onboardingShop("Fromagerie Bocquet");
            Account claire = market.staff(a, "Claire Martin");
            Account paul = market.staff(b, "Paul Bocquet");
            market.completeAll(starter, a, claire);
            Account trainer = market.trainer("Julie Vandamme");
            WorkshopSession session = market.session(starter.page(), trainer, 5, TestMarketplace.nextMonday());
            Booking booking = market.workshops().book(session.id(), b.id(), paul.id(), actor(paul));
            market.clock.set(session.startsAt().plus(Duration.ofMinutes(1)));
            market.workshops().recordAttendance(session.id(), Map.of(booking.id(), Attendance.PRESENT), actor(trainer));

            CourseCompletion course = market.reports().completionRates(market.adminActor()).get(0);
            assertThat(course.shops()).isEqualTo(3);
            assertThat(course.shopsCompleted()).isEqualTo(1);
            assertThat(course.rate()).isEqualTo(33);
            assertThat(course.modules()).extracting(ModuleCompletion::title, ModuleCompletion::shopsCompleted, ModuleCompletion::viaWorkshop)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Créer la page de votre boutique", 2, 1),
                            org.assertj.core.groups.Tuple.tuple("Photographier vos produits", 1, 0),
                            org.assertj.core.groups.Tuple.tuple("Gérer vos commandes", 1, 0));
            assertThatThrownBy(() -> market.reports().completionRates(actor(claire))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.reports().pipeline(actor(trainer))).isInstanceOf(AccessDeniedException.class);
        }
    }
}

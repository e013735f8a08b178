package io.comptoir.training.seed;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.OnboardingPipeline;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.ShopOnboarding;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.TrainingSeeds;
import io.comptoir.training.api.WorkshopSession;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TrainingSeedLoaderTest {
    private static final String PASSWORD = "comptoir-demo-2026";

    @EachDatabase
    void theDemoTerritoryShows172MembersAnd24ShopsInTrainingAtVariousStages(TestDatabase db) throws Exception {
        try (TestMarketplace market = TestMarketplace.start(db, Map.of("onboarding.min-products", "5"))) {
            DemoBaseSeeds.load(market.engine);
            // The reference app's base seeds give some shops a staff account under their contact e-mail: the loader reuses it.
            Merchant estaminet = market.engine.merchants().find(MerchantFilter.all()).stream()
                    .filter(shop -> shop.name().equals("L'Estaminet de Saint-Omer")).findFirst().orElseThrow();
            Account existing = market.engine.accounts().register(estaminet.contact().email(), PASSWORD, estaminet.name());
            market.engine.accounts().grant(existing.id(), RoleGrant.of(Role.MERCHANT_STAFF, estaminet.id().value()), TestMarketplace.SYSTEM);
            TrainingSeeds loader = market.engine.service(TrainingSeeds.class);

            TrainingSeeds.Summary summary = loader.load(DemoBaseSeeds.open("training.json"), PASSWORD);
            market.engine.deliverPendingEvents();

            assertThat(summary).isEqualTo(new TrainingSeeds.Summary(3, 2, 7, 9, 3, 24, summary.completions(), summary.bookings()));
            assertThat(summary.completions()).isGreaterThan(30);
            OnboardingPipeline pipeline = market.reports().pipeline(market.adminActor());
            assertThat(pipeline.shops()).containsEntry(MerchantStatus.LIVE, 172).containsEntry(MerchantStatus.ONBOARDING, 24);
            assertThat(pipeline.applications()).containsEntry(ApplicationStatus.PENDING, 3);
            assertThat(pipeline.inTraining()).hasSize(24);
            Map<Integer, Long> byProgress = pipeline.inTraining().stream()
                    .collect(Collectors.groupingBy(ShopOnboarding::requiredModulesDone, Collectors.counting()));
            assertThat(byProgress).containsEntry(0, 5L).containsEntry(1, 10L).containsEntry(3, 5L).containsEntry(5, 4L);
            assertThat(pipeline.inTraining()).filteredOn(shop -> shop.requiredModulesDone() == 5).allSatisfy(shop -> {
                assertThat(shop.charterAccepted()).isTrue();
                assertThat(shop.blocking()).doesNotContain("Modules de formation obligatoires suivis", "Charte du territoire acceptée",
                        "Coordonnées bancaires pour les reversements").contains("Profil de la boutique complet");
            });
            assertThat(pipeline.inTraining()).filteredOn(shop -> shop.upcomingBookings() > 0).hasSize(10);

            List<Course> courses = market.courses().courses(false);
            assertThat(courses).extracting(Course::title).containsExactly("Vendre en ligne sur la marketplace", "Aller plus loin");
            assertThat(market.courses().requiredModules()).hasSize(5);
            WorkshopSession small = market.workshops().upcoming(Optional.empty(), Optional.of("62040")).get(0);
            SessionRoster roster = market.workshops().roster(small.id(), market.adminActor());
            assertThat(roster.booked()).hasSize(4);
            assertThat(roster.waiting()).hasSize(1);
            assertThat(market.workshops().upcoming(Optional.empty(), Optional.empty())).hasSize(9)
                    .allSatisfy(session -> assertThat(session.trainerName()).isNotEmpty());
            assertThat(market.charters().current()).hasValueSatisfying(charter -> assertThat(charter.html()).contains("<h2>"));

            Merchant live = market.engine.merchants().find(MerchantFilter.live()).get(0);
            assertThat(market.memberships().status(live.id(), YearMonth.of(2027, 6), market.adminActor()).state()).isEqualTo(MembershipState.WAIVED);
            assertThat(market.memberships().status(live.id(), YearMonth.of(2027, 7), market.adminActor()).amountDue()).isEqualTo(Money.euros(2900));
            assertThat(market.memberships().status(estaminet.id(), YearMonth.of(2027, 7), market.adminActor()).state())
                    .isEqualTo(MembershipState.NOT_LIVE);

            Account trainer = market.engine.accounts().accountByEmail("julie.vandamme@territoire.example").orElseThrow();
            assertThat(trainer.hasRole(TrainingRoles.TRAINER)).isTrue();
            assertThat(market.engine.accounts().authenticate(trainer.email(), PASSWORD, "test").id()).isEqualTo(trainer.id());
            assertThat(market.engine.accounts().accountByEmail(estaminet.contact().email())).contains(
                    market.engine.accounts().account(existing.id()).orElseThrow());

            assertThatThrownBy(() -> loader.load(DemoBaseSeeds.open("training.json"), PASSWORD)).isInstanceOf(IllegalStateException.class);
        }
    }

    @EachDatabase
    void loadedLaterTheWorkshopsMoveByWholeWeeksIntoTheFuture(TestDatabase db) throws Exception {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            DemoBaseSeeds.load(market.engine);
            market.clock.set(Instant.parse("2027-03-03T10:00:00Z"));
            market.engine.service(TrainingSeeds.class).load(DemoBaseSeeds.open("training.json"), PASSWORD);

            List<WorkshopSession> sessions = market.workshops().upcoming(Optional.empty(), Optional.empty());
            assertThat(sessions).hasSize(9);
            assertThat(sessions.get(0).startsAt()).isAfter(market.clock.instant().plus(java.time.Duration.ofDays(1)));
            assertThat(sessions.get(0).startsAt()).isBefore(market.clock.instant().plus(java.time.Duration.ofDays(8)));
            assertThat(sessions).filteredOn(session -> !session.isOnline()).allSatisfy(session ->
                    assertThat(session.startsAt().atZone(java.time.ZoneId.of("Europe/Paris")).getDayOfWeek()).isIn(DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY));
        }
    }
}

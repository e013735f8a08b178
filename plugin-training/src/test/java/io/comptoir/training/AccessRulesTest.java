package io.comptoir.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.WorkshopSession;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shop's staff act only for their shop; admins run the territory; trainers their sessions. Nothing changes on a refusal. */
final class AccessRulesTest {

    @EachDatabase
    void aShopsStaffCanNeitherSeeNorActForAnotherShop(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            market.charters().publish("Charte", "Je m'engage.", market.adminActor());
            Merchant mine = market.onboardingShop("Épicerie du Marché");
            Merchant theirs = market.onboardingShop("Fromagerie Bocquet");
            Account claire = market.staff(mine, "Claire Martin");
            Account paul = market.staff(theirs, "Paul Bocquet");
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 5, TestMarketplace.nextMonday());
            Booking pauls = market.workshops().book(session.id(), theirs.id(), paul.id(), actor(paul));
            Actor intruder = actor(claire);

            List<Runnable> attempts = List.of(
                    () -> market.learning().progress(theirs.id(), intruder),
                    () -> market.learning().modulePage(starter.page().id(), theirs.id(), intruder),
                    () -> market.learning().completeReading(starter.page().id(), theirs.id(), intruder),
                    () -> market.learning().submitQuiz(starter.photos().id(), theirs.id(), TestMarketplace.rightAnswers(), intruder),
                    () -> market.charters().accept(theirs.id(), 1, intruder),
                    () -> market.charters().latestAcceptance(theirs.id(), intruder),
                    () -> market.workshops().book(session.id(), theirs.id(), paul.id(), intruder),
                    () -> market.workshops().cancel(pauls.id(), intruder),
                    () -> market.workshops().booking(pauls.id(), intruder),
                    () -> market.workshops().bookingsOf(theirs.id(), intruder),
                    () -> market.certificates().earned(theirs.id(), intruder),
                    () -> market.certificates().certificate(starter.course().id(), theirs.id(), paul.id(), intruder),
                    () -> market.memberships().status(theirs.id(), YearMonth.of(2027, 1), intruder));
            for (int i = 0; i < attempts.size(); i++) {
                Runnable attempt = attempts.get(i);
                assertThatThrownBy(attempt::run).as("attempt " + i).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(market.charters().latestAcceptance(theirs.id(), actor(paul))).isEmpty();
            assertThat(market.learning().progress(theirs.id(), actor(paul)).courses().get(0).completed()).isZero();
            assertThat(market.workshops().booking(pauls.id(), actor(paul)).state()).isEqualTo(io.comptoir.training.api.BookingState.BOOKED);
            // A person whose staff role is taken away loses the shop at once.
            market.engine.accounts().revoke(paul.id(), io.comptoir.engine.api.account.RoleGrant.of(
                    io.comptoir.engine.api.account.Role.MERCHANT_STAFF, theirs.id().value()), TestMarketplace.SYSTEM);
            assertThatThrownBy(() -> market.learning().progress(theirs.id(), actor(paul))).isInstanceOf(AccessDeniedException.class);
            // But each person may still cancel their own booking.
            assertThat(market.workshops().cancel(pauls.id(), actor(paul)).cancelled().cancelledAt()).isPresent();
        }
    }

    @EachDatabase
    void onlyAdminsRunTheTerritoryAndNobodyButShopStaffAcceptsTheCharter(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            Account trainer = market.trainer("Julie Vandamme");
            for (Actor actor : List.of(actor(claire), actor(trainer))) {
                assertThatThrownBy(() -> market.charters().publish("Charte", "Texte", actor)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.reports().pipeline(actor)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.workshops().sessions(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31), actor))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.memberships().waivers(Optional.empty(), actor)).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(market.charters().current()).isEmpty();
            market.charters().publish("Charte", "Texte", market.adminActor());
            assertThatThrownBy(() -> market.charters().accept(shop.id(), 1, market.adminActor())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.charters().accept(shop.id(), 1, actor(trainer))).isInstanceOf(AccessDeniedException.class);
            assertThat(market.charters().accept(shop.id(), 1, actor(claire)).acceptedBy()).isEqualTo(claire.id());
        }
    }
}

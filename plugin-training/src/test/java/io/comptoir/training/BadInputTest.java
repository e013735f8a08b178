package io.comptoir.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.WaiverDraft;
import io.comptoir.training.api.WaiverId;
import io.comptoir.training.api.WorkshopSession;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unknown ids are 404s, bad values 400s naming the field, and a refused call leaves everything as it was. */
final class BadInputTest {

    @EachDatabase
    void unknownIdsAreNotFoundAndBadValuesAreNamedWhateverTheService(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            Actor admin = market.adminActor();
            Actor learner = actor(claire);
            ModuleId noModule = new ModuleId(987_654);
            MerchantId noShop = new MerchantId(987_654);
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 5, TestMarketplace.nextMonday());
            WorkshopSession other = market.session(starter.page(), market.trainer("Marc Delattre"), 5, TestMarketplace.nextMonday().plusDays(1));
            Booking booking = market.workshops().book(other.id(), shop.id(), claire.id(), learner);

            List<Runnable> notFound = List.of(
                    () -> market.learning().completeReading(noModule, shop.id(), learner),
                    () -> market.learning().modulePage(noModule, shop.id(), learner),
                    () -> market.learning().progress(noShop, admin),
                    () -> market.courses().deleteModule(noModule, admin),
                    () -> market.courses().updateModule(noModule, TestMarketplace.module("T", List.of(), Optional.empty()), admin),
                    () -> market.workshops().cancel(new BookingId(987_654), admin),
                    () -> market.workshops().booking(new BookingId(987_654), admin),
                    () -> market.workshops().roster(new SessionId(987_654), admin),
                    () -> market.workshops().cancelSession(new SessionId(987_654), "Raison", admin),
                    () -> market.workshops().recordAttendance(new SessionId(987_654), Map.of(booking.id(), Attendance.PRESENT), admin),
                    () -> market.workshops().bookingsOf(noShop, admin),
                    () -> market.certificates().certificate(new CourseId(987_654), shop.id(), claire.id(), admin),
                    () -> market.certificates().earned(noShop, admin),
                    () -> market.memberships().status(noShop, YearMonth.of(2027, 1), admin),
                    () -> market.memberships().revokeWaiver(new WaiverId(987_654), admin),
                    () -> market.memberships().grantWaiver(new WaiverDraft(Optional.of(noShop), LocalDate.of(2027, 1, 1),
                            LocalDate.of(2027, 2, 1), "Offert"), admin),
                    () -> market.charters().accept(noShop, 1, learner));
            for (int i = 0; i < notFound.size(); i++) {
                assertThatThrownBy(notFound.get(i)::run).as("call " + i).isInstanceOf(NotFoundException.class);
            }

            market.clock.set(session.startsAt().plus(Duration.ofMinutes(1)));
            assertThatThrownBy(() -> market.workshops().recordAttendance(session.id(), Map.of(booking.id(), Attendance.PRESENT), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("attendance"));
            assertThatThrownBy(() -> market.workshops().sessions(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("until"));
            assertThatThrownBy(() -> market.applications().list(Optional.empty(), -1, 10, admin)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> market.charters().publish(" ", "Texte", admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("title"));
            assertThatThrownBy(() -> market.charters().publish("Charte", "", admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("body"));
            assertThatThrownBy(() -> market.charters().accept(shop.id(), 1, learner))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("no_charter"));
            assertThatThrownBy(() -> market.learning().submitQuiz(starter.photos().id(), shop.id(), List.of(Set.of(0)), learner))
                    .isInstanceOf(ConflictException.class);

            assertThat(market.charters().current()).isEmpty();
            assertThat(market.learning().progress(shop.id(), learner).courses().get(0).completed()).isZero();
            assertThat(market.workshops().booking(booking.id(), learner).attendance()).isEmpty();
            assertThat(market.memberships().waivers(Optional.empty(), admin)).isEmpty();
            assertThat(market.courses().modules(starter.course().id())).hasSize(3);
        }
    }
}

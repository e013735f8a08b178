package io.comptoir.training.workshop;

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
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.Cancellation;
import io.comptoir.training.api.CompletionVia;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.ModuleState;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.SessionStatus;
import io.comptoir.training.api.WorkshopSession;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static io.comptoir.training.TestMarketplace.nextMonday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class WorkshopTest {

    @EachDatabase
    void aSessionIsPlannedByAnAdminWithAPlaceOrALinkAndATrainerAndEveryBadFieldIsNamed(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Account trainer = market.trainer("Julie Vandamme");
            Account notTrainer = market.person("Paul Client");
            Actor admin = market.adminActor();
            SessionDraft good = new SessionDraft(starter.photos().id(), nextMonday(), nextMonday().plusHours(2), "Médiathèque, Lumbres",
                    Optional.of(TestMarketplace.LUMBRES), "", 12, trainer.id());

            WorkshopSession session = market.workshops().schedule(good, admin);
            assertThat(session).extracting(WorkshopSession::moduleTitle, WorkshopSession::trainerName, WorkshopSession::capacity,
                    WorkshopSession::seatsLeft).containsExactly("Photographier vos produits", "Julie Vandamme", 12, 12);
            assertThat(session.communeName()).contains("Lumbres");
            // 9:30 in Paris in December is 8:30 UTC.
            assertThat(session.startsAt()).isEqualTo(java.time.Instant.parse("2026-12-07T08:30:00Z"));
            WorkshopSession online = market.workshops().schedule(new SessionDraft(starter.page().id(), nextMonday().plusDays(2),
                    nextMonday().plusDays(2).plusHours(1), "", Optional.empty(), "https://visio.example/atelier", 30, trainer.id()), admin);
            assertThat(online.isOnline()).isTrue();
            assertThat(market.workshops().upcoming(Optional.empty(), Optional.empty())).extracting(WorkshopSession::id)
                    .containsExactly(session.id(), online.id());
            assertThat(market.workshops().upcoming(Optional.of(starter.photos().id()), Optional.empty())).extracting(WorkshopSession::id)
                    .containsExactly(session.id());
            assertThat(market.workshops().upcoming(Optional.empty(), Optional.of(TestMarketplace.LUMBRES))).extracting(WorkshopSession::id)
                    .containsExactly(session.id());

            Map<String, SessionDraft> bad = new LinkedHashMap<>();
            bad.put("module", draft(good, new ModuleId(987_654), good.startsAt(), good.endsAt(), good.place(), good.onlineUrl(), 12, trainer));
            bad.put("startsAt", draft(good, good.module(), LocalDateTime.of(2026, 11, 27, 8, 0), LocalDateTime.of(2026, 11, 27, 10, 0), good.place(), "", 12, trainer));
            bad.put("endsAt", draft(good, good.module(), good.startsAt(), good.startsAt().minusMinutes(1), good.place(), "", 12, trainer));
            bad.put("place", draft(good, good.module(), good.startsAt(), good.endsAt(), " ", "", 12, trainer));
            bad.put("onlineUrl", draft(good, good.module(), good.startsAt(), good.endsAt(), "", "javascript:alert(1)", 12, trainer));
            bad.put("capacity", draft(good, good.module(), good.startsAt(), good.endsAt(), good.place(), "", 0, trainer));
            bad.put("trainer", draft(good, good.module(), good.startsAt(), good.endsAt(), good.place(), "", 12, notTrainer));
            bad.forEach((field, draft) -> assertThatThrownBy(() -> market.workshops().schedule(draft, admin)).as(field)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(field)));
            assertThatThrownBy(() -> market.workshops().schedule(new SessionDraft(good.module(), good.startsAt(), good.endsAt(), good.place(),
                    Optional.of("59350"), "", 12, trainer.id()), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("communeInsee"));
            assertThatThrownBy(() -> market.workshops().schedule(good, actor(trainer))).isInstanceOf(AccessDeniedException.class);
            assertThat(market.workshops().sessions(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2027, 1, 31), admin)).hasSize(2);
        }
    }

    private static SessionDraft draft(SessionDraft base, ModuleId module, LocalDateTime start, LocalDateTime end, String place, String url,
                                      int capacity, Account trainer) {
        return new SessionDraft(module, start, end, place, base.communeInsee(), url, capacity, trainer.id());
    }

    @EachDatabase
    void bookingNeedsTheModulesPrerequisitesAPersonOfTheShopAndAnOpenSession(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            WorkshopSession photos = market.session(starter.photos(), market.trainer("Julie Vandamme"), 8, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Merchant other = market.onboardingShop("Fromagerie Bocquet");
            Account claire = market.staff(shop, "Claire Martin");
            Account paul = market.staff(other, "Paul Bocquet");

            assertThatThrownBy(() -> market.workshops().book(photos.id(), shop.id(), claire.id(), actor(claire)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("prerequisites_not_met");
                        assertThat(e.details()).containsExactly("Créer la page de votre boutique");
                    });
            market.learning().completeReading(starter.page().id(), shop.id(), actor(claire));
            assertThatThrownBy(() -> market.workshops().book(photos.id(), shop.id(), paul.id(), actor(claire)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("attendee"));
            assertThatThrownBy(() -> market.workshops().book(photos.id(), shop.id(), claire.id(), actor(paul)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.workshops().book(new SessionId(987_654), shop.id(), claire.id(), actor(claire)))
                    .isInstanceOf(NotFoundException.class);

            Booking booking = market.workshops().book(photos.id(), shop.id(), claire.id(), actor(claire));
            assertThat(booking.state()).isEqualTo(BookingState.BOOKED);
            assertThat(market.mailsTo(claire)).extracting(mail -> mail.mail().kind()).contains("training_booking_confirmed");
            assertThatThrownBy(() -> market.workshops().book(photos.id(), shop.id(), claire.id(), actor(claire)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("already_booked"));
            assertThat(market.workshops().bookingsOf(shop.id(), actor(claire))).singleElement()
                    .satisfies(shopBooking -> assertThat(shopBooking.session().id()).isEqualTo(photos.id()));
            assertThatThrownBy(() -> market.workshops().bookingsOf(shop.id(), actor(paul))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.workshops().cancel(booking.id(), actor(paul))).isInstanceOf(AccessDeniedException.class);

            market.clock.set(photos.startsAt());
            Account late = market.staff(shop, "Marc Martin");
            assertThatThrownBy(() -> market.workshops().book(photos.id(), shop.id(), late.id(), actor(late)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session_started"));
            assertThatThrownBy(() -> market.workshops().cancel(booking.id(), actor(claire)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session_started"));
        }
    }

    @EachDatabase
    void theWaitingListMovesInArrivalOrderAndACancelledBookingCanBeBookedAgain(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 1, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            Account bruno = market.staff(shop, "Bruno");
            Account chloe = market.staff(shop, "Chloé");

            Booking a = market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna));
            Booking b = market.workshops().book(session.id(), shop.id(), bruno.id(), actor(bruno));
            Booking c = market.workshops().book(session.id(), shop.id(), chloe.id(), actor(chloe));
            assertThat(List.of(a, b, c)).extracting(Booking::state, Booking::waitingPosition).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(BookingState.BOOKED, Optional.empty()),
                    org.assertj.core.groups.Tuple.tuple(BookingState.WAITING, Optional.of(1)),
                    org.assertj.core.groups.Tuple.tuple(BookingState.WAITING, Optional.of(2)));
            assertThat(market.mailsTo(chloe)).singleElement().satisfies(mail -> {
                assertThat(mail.mail().kind()).isEqualTo("training_booking_waiting");
                assertThat(mail.mail().body()).contains("en position 2");
            });

            Cancellation cancelled = market.workshops().cancel(a.id(), actor(anna));
            assertThat(cancelled.cancelled().state()).isEqualTo(BookingState.CANCELLED);
            assertThat(cancelled.promoted()).hasValueSatisfying(promoted -> {
                assertThat(promoted.id()).isEqualTo(b.id());
                assertThat(promoted.state()).isEqualTo(BookingState.BOOKED);
            });
            assertThat(market.workshops().booking(c.id(), actor(chloe)).waitingPosition()).contains(1);
            assertThat(market.mailsTo(bruno)).extracting(mail -> mail.mail().kind()).contains("training_booking_promoted");
            // Cancelling again changes nothing and promotes nobody.
            assertThat(market.workshops().cancel(a.id(), actor(anna)).promoted()).isEmpty();
            assertThat(market.workshops().booking(c.id(), actor(chloe)).state()).isEqualTo(BookingState.WAITING);
            // Anna changes her mind: she comes back at the end of the list.
            assertThat(market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna)).waitingPosition()).contains(2);
            // A waiting person leaving frees no seat.
            assertThat(market.workshops().cancel(c.id(), actor(chloe)).promoted()).isEmpty();
            assertThat(market.workshops().roster(session.id(), market.adminActor()).waiting()).extracting(entry -> entry.attendeeName())
                    .containsExactly("Anna");
        }
    }

    @EachDatabase
    void attendanceIsMarkedByTheSessionsTrainerOrAnAdminOnceItStartedAndCompletesTheModule(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Account julie = market.trainer("Julie Vandamme");
            Account marc = market.trainer("Marc Delattre");
            WorkshopSession session = market.session(starter.page(), julie, 1, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            Account paul = market.staff(shop, "Paul Martin");
            Booking seat = market.workshops().book(session.id(), shop.id(), claire.id(), actor(claire));
            Booking waiting = market.workshops().book(session.id(), shop.id(), paul.id(), actor(paul));

            assertThatThrownBy(() -> market.workshops().recordAttendance(session.id(), Map.of(seat.id(), Attendance.PRESENT), actor(julie)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session_not_started"));
            market.clock.set(session.startsAt().plus(Duration.ofMinutes(5)));
            for (Actor intruder : List.of(actor(marc), actor(claire), actor(market.person("Paul Client")))) {
                assertThatThrownBy(() -> market.workshops().recordAttendance(session.id(), Map.of(seat.id(), Attendance.PRESENT), intruder))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> market.workshops().roster(session.id(), intruder)).isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> market.workshops().recordAttendance(session.id(), Map.of(waiting.id(), Attendance.PRESENT), actor(julie)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_booked"));
            assertThatThrownBy(() -> market.workshops().recordAttendance(session.id(), Map.of(), actor(julie)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(market.learning().progress(shop.id(), actor(claire)).courses().get(0).completed()).isZero();

            List<Booking> marked = market.workshops().recordAttendance(session.id(), Map.of(seat.id(), Attendance.PRESENT), actor(julie));
            assertThat(marked).singleElement().satisfies(booking -> assertThat(booking.attendance()).contains(Attendance.PRESENT));
            assertThat(market.learning().progress(shop.id(), actor(claire)).courses().get(0).modules().get(0)).satisfies(module -> {
                assertThat(module.state()).isEqualTo(ModuleState.COMPLETED);
                assertThat(module.completions()).singleElement().satisfies(c -> assertThat(c.via()).isEqualTo(CompletionVia.WORKSHOP));
            });
            assertThat(market.engine.onboarding().checklist(shop.id())).filteredOn(item -> item.code().equals("workshop_attended"))
                    .singleElement().satisfies(item -> assertThat(item.done()).isTrue());
            assertThat(market.workshops().sessionsOfTrainer(actor(julie))).extracting(WorkshopSession::id).containsExactly(session.id());

            // An admin corrects the register: absent after all, and the workshop's completion goes.
            market.workshops().recordAttendance(session.id(), Map.of(seat.id(), Attendance.ABSENT), market.adminActor());
            assertThat(market.learning().progress(shop.id(), actor(claire)).courses().get(0).completed()).isZero();
        }
    }

    @EachDatabase
    void changingACapacityOrCallingASessionOffTellsThePeopleBooked(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Account trainer = market.trainer("Julie Vandamme");
            WorkshopSession session = market.session(starter.page(), trainer, 1, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            Account bruno = market.staff(shop, "Bruno");
            market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna));
            Booking waiting = market.workshops().book(session.id(), shop.id(), bruno.id(), actor(bruno));
            SessionDraft larger = new SessionDraft(starter.page().id(), nextMonday(), nextMonday().plusHours(2).plusMinutes(30),
                    "Médiathèque, salle d'animation, 10 rue des Clouteries", Optional.of(TestMarketplace.SAINT_OMER), "", 2, trainer.id());

            market.workshops().update(session.id(), larger, market.adminActor());
            assertThat(market.workshops().booking(waiting.id(), actor(bruno)).state()).isEqualTo(BookingState.BOOKED);
            assertThat(market.mailsTo(bruno)).extracting(mail -> mail.mail().kind()).contains("training_booking_promoted");
            assertThatThrownBy(() -> market.workshops().update(session.id(), new SessionDraft(larger.module(), larger.startsAt(), larger.endsAt(),
                    larger.place(), larger.communeInsee(), "", 1, trainer.id()), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("capacity_below_bookings"));
            assertThatThrownBy(() -> market.workshops().update(session.id(), new SessionDraft(starter.orders().id(), larger.startsAt(),
                    larger.endsAt(), larger.place(), larger.communeInsee(), "", 2, trainer.id()), market.adminActor()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session_has_bookings"));
            market.workshops().update(session.id(), new SessionDraft(larger.module(), larger.startsAt().plusHours(4), larger.endsAt().plusHours(4),
                    larger.place(), larger.communeInsee(), "", 2, trainer.id()), market.adminActor());
            assertThat(market.mailsTo(anna)).extracting(mail -> mail.mail().kind()).contains("training_session_changed");

            assertThatThrownBy(() -> market.workshops().cancelSession(session.id(), "", market.adminActor()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("reason"));
            WorkshopSession cancelled = market.workshops().cancelSession(session.id(), "La formatrice est malade.", market.adminActor());
            assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
            assertThat(cancelled.booked()).isZero();
            assertThat(market.mailsTo(anna)).filteredOn(mail -> mail.mail().kind().equals("training_session_cancelled"))
                    .singleElement().satisfies(mail -> assertThat(mail.mail().body()).contains("La formatrice est malade."));
            assertThat(market.workshops().upcoming(Optional.empty(), Optional.empty())).isEmpty();
            assertThatThrownBy(() -> market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session_cancelled"));
        }
    }
}

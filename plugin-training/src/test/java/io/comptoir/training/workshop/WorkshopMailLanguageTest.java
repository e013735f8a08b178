package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.MailChecks;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.WorkshopSession;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static io.comptoir.training.TestMarketplace.nextMonday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of workshop mail (booked, waiting, promoted, booking cancelled, session changed, reminder, session
 * cancelled) to staff whose account reads English in English and to those who read French in French.
 */
final class WorkshopMailLanguageTest {

    @EachDatabase
    void everyWorkshopMailSpeaksTheLanguageOfTheAccountItGoesTo(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Account trainer = market.trainer("Julie Vandamme");
            WorkshopSession session = market.session(starter.page(), trainer, 2, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            Account emma = english(market, market.staff(shop, "Emma"));
            Account bruno = market.staff(shop, "Bruno");
            Account oscar = english(market, market.staff(shop, "Oscar"));
            Booking annas = market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna));
            Booking emmas = market.workshops().book(session.id(), shop.id(), emma.id(), actor(emma));
            market.workshops().book(session.id(), shop.id(), bruno.id(), actor(bruno));
            market.workshops().book(session.id(), shop.id(), oscar.id(), actor(oscar));
            market.workshops().cancel(annas.id(), actor(anna));
            market.workshops().cancel(emmas.id(), actor(emma));
            market.workshops().update(session.id(), new SessionDraft(starter.page().id(), nextMonday().plusHours(1), nextMonday().plusHours(3),
                    "Médiathèque, salle d'animation, 10 rue des Clouteries", Optional.of(TestMarketplace.SAINT_OMER), "", 2, trainer.id()),
                    market.adminActor());
            market.clock.set(market.workshops().session(session.id()).orElseThrow().startsAt().minus(Duration.ofHours(47)));
            market.engine.runDueJobs();
            market.workshops().cancelSession(session.id(), "La formatrice est malade.", market.adminActor());

            String title = "Créer la page de votre boutique";
            french(last(market, anna, "training_booking_confirmed"), "Atelier réservé : " + title + " le 07/12/2026", "Bonjour Anna,",
                    "Votre place est réservée pour l'atelier « " + title + " »", "Quand : lundi 7 décembre 2026, de 09h30 à 12h00");
            english(last(market, emma, "training_booking_confirmed"), "Workshop booked: " + title + " on 7 Dec 2026", "Hello Emma,",
                    "Your seat is booked for the workshop \"" + title + "\"", "When: Monday 7 December 2026, from 09:30 to 12:00");
            french(last(market, bruno, "training_booking_waiting"), "Liste d'attente : " + title, "Bonjour Bruno,",
                    "vous êtes en position 1 sur la liste d'attente");
            english(last(market, oscar, "training_booking_waiting"), "Waiting list: " + title, "Hello Oscar,",
                    "you are number 2 on the waiting list");
            french(last(market, anna, "training_booking_cancelled"), "Réservation annulée : " + title, "Bonjour Anna,",
                    "du lundi 7 décembre 2026 est annulée");
            english(last(market, emma, "training_booking_cancelled"), "Booking cancelled: " + title, "Hello Emma,",
                    "on Monday 7 December 2026 is cancelled");
            french(last(market, bruno, "training_booking_promoted"), "Une place s'est libérée : " + title, "Bonjour Bruno,",
                    "une place s'est libérée et elle est pour vous");
            english(last(market, oscar, "training_booking_promoted"), "A seat is free: " + title, "Hello Oscar,",
                    "a seat is free and it is yours");
            french(last(market, bruno, "training_session_changed"), "Atelier modifié : " + title, "Bonjour Bruno,",
                    "Voici ce qui vaut désormais", "de 10h30 à 12h30");
            english(last(market, oscar, "training_session_changed"), "Workshop changed: " + title, "Hello Oscar,",
                    "Here is what now holds", "from 10:30 to 12:30");
            french(last(market, bruno, "training_workshop_reminder"), "Rappel : atelier « " + title + " » lundi 7 décembre 2026",
                    "Bonjour Bruno,", "Petit rappel", "Animé par : Julie Vandamme");
            english(last(market, oscar, "training_workshop_reminder"), "Reminder: workshop \"" + title + "\" Monday 7 December 2026",
                    "Hello Oscar,", "A short reminder", "Led by: Julie Vandamme");
            french(last(market, bruno, "training_session_cancelled"), "Atelier annulé : " + title, "Bonjour Bruno,",
                    "Nous sommes désolés", "Motif : La formatrice est malade.");
            english(last(market, oscar, "training_session_cancelled"), "Workshop cancelled: " + title, "Hello Oscar,",
                    "We are sorry", "Reason: La formatrice est malade.");
        }
    }

    private static Account english(TestMarketplace market, Account account) {
        return market.engine.accounts().setLanguage(account.id(), Locale.ENGLISH);
    }

    private static Mail last(TestMarketplace market, Account to, String kind) {
        return MailChecks.last(market, to.email(), kind);
    }

    private static void english(Mail mail, String subject, String... body) {
        MailChecks.writtenIn(mail, Locale.ENGLISH, List.of("Bonjour", "Votre ", "Atelier", "atelier", "Quand", "Motif"), subject, body);
    }

    private static void french(Mail mail, String subject, String... body) {
        MailChecks.writtenIn(mail, Locale.FRENCH, List.of("Hello", "Your", "Workshop", "workshop", "When", "Reason"), subject, body);
    }
}

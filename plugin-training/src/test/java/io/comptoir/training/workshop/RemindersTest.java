package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.WorkshopSession;

import java.time.Duration;
import java.util.Optional;

import static io.comptoir.training.TestMarketplace.actor;
import static io.comptoir.training.TestMarketplace.nextMonday;
import static org.assertj.core.api.Assertions.assertThat;

final class RemindersTest {

    private static long reminders(TestMarketplace market, Account account) {
        return market.mailsTo(account).stream().filter(mail -> mail.mail().kind().equals("training_workshop_reminder")).count();
    }

    @EachDatabase
    void eachSeatHolderIsRemindedOnceTwoDaysBeforeAndTheWaitingListIsNot(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 2, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            Account bruno = market.staff(shop, "Bruno");
            Account chloe = market.staff(shop, "Chloé");
            for (Account person : new Account[] {anna, bruno, chloe}) {
                market.workshops().book(session.id(), shop.id(), person.id(), actor(person));
            }

            market.engine.accounts().setLanguage(bruno.id(), java.util.Locale.ENGLISH);
            market.engine.runDueJobs();
            assertThat(reminders(market, anna)).isZero();

            // Saturday 5 December, 10:00 in Paris: the Monday 9:30 session is less than two days away.
            market.clock.set(session.startsAt().minus(Duration.ofHours(47)));
            market.engine.runDueJobs();
            assertThat(reminders(market, anna)).isEqualTo(1);
            assertThat(reminders(market, bruno)).isEqualTo(1);
            assertThat(reminders(market, chloe)).isZero();
            assertThat(market.mailsTo(anna)).filteredOn(mail -> mail.mail().kind().equals("training_workshop_reminder")).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains("lundi 7 décembre 2026", "09h30", "Julie Vandamme"));
            assertThat(market.mailsTo(bruno)).as("in the language Bruno chose").filteredOn(mail -> mail.mail().kind().equals("training_workshop_reminder"))
                    .singleElement().satisfies(mail -> {
                        assertThat(mail.mail().subject()).startsWith("Reminder: workshop");
                        assertThat(mail.mail().body()).startsWith("Hello Bruno").contains("Monday 7 December 2026, from 09:30", "Led by: Julie Vandamme")
                                .doesNotContain("Bonjour");
                    });

            market.clock.advance(Duration.ofHours(1));
            market.engine.runDueJobs();
            assertThat(market.workshops().sendDueReminders()).isZero();
            assertThat(reminders(market, anna)).isEqualTo(1);
            assertThat(reminders(market, bruno)).isEqualTo(1);

            // A seat given inside the window comes with its details in the promotion mail: no second message.
            market.workshops().cancel(market.workshops().bookingsOf(shop.id(), actor(anna)).stream()
                    .filter(b -> b.booking().attendee().equals(anna.id())).findFirst().orElseThrow().booking().id(), actor(anna));
            market.clock.advance(Duration.ofHours(1));
            market.engine.runDueJobs();
            assertThat(market.mailsTo(chloe)).extracting(mail -> mail.mail().kind()).contains("training_booking_promoted");
            assertThat(reminders(market, chloe)).isZero();
        }
    }

    @EachDatabase
    void aReminderTheMailerCouldNotTakeIsSentAtTheNextRunAndStillOnlyOnce(TestDatabase db) {
        FlakyMailer mailer = new FlakyMailer();
        try (TestMarketplace market = TestMarketplace.start(db, java.util.Map.of(), new io.comptoir.engine.api.plugin.EnginePlugin() {
            @Override
            public String id() {
                return "flaky_mailer";
            }

            @Override
            public void initialize(io.comptoir.engine.api.plugin.PluginContext context) {
                context.registerMailer(mailer);
            }
        })) {
            TestMarketplace.Starter starter = market.starterCourse();
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 2, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna));
            market.clock.set(session.startsAt().minus(Duration.ofHours(30)));

            mailer.failing = true;
            market.engine.runDueJobs();
            assertThat(mailer.reminders()).isZero();
            mailer.failing = false;
            market.clock.advance(Duration.ofMinutes(16));
            market.engine.runDueJobs();
            market.clock.advance(Duration.ofMinutes(16));
            market.engine.runDueJobs();
            assertThat(mailer.reminders()).isEqualTo(1);
        }
    }

    /** Takes mail in memory, or refuses it while {@code failing}. */
    private static final class FlakyMailer implements io.comptoir.engine.api.mail.Mailer {
        private final java.util.List<io.comptoir.engine.api.mail.Mail> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean failing;

        @Override
        public void send(io.comptoir.engine.api.mail.Mail mail) {
            if (failing) {
                throw new IllegalStateException("the relay is down");
            }
            sent.add(mail);
        }

        long reminders() {
            return sent.stream().filter(mail -> mail.kind().equals("training_workshop_reminder")).count();
        }
    }

    @EachDatabase
    void movingASessionRemindsAgainForTheNewDate(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Account trainer = market.trainer("Julie Vandamme");
            WorkshopSession session = market.session(starter.page(), trainer, 2, nextMonday());
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account anna = market.staff(shop, "Anna");
            market.workshops().book(session.id(), shop.id(), anna.id(), actor(anna));
            market.clock.set(session.startsAt().minus(Duration.ofHours(40)));
            market.engine.runDueJobs();
            assertThat(reminders(market, anna)).isEqualTo(1);

            market.workshops().update(session.id(), new SessionDraft(starter.page().id(), nextMonday().plusDays(7),
                    nextMonday().plusDays(7).plusHours(2), "Médiathèque", Optional.empty(), "", 2, trainer.id()), market.adminActor());
            market.clock.advance(Duration.ofDays(7));
            market.engine.runDueJobs();
            assertThat(reminders(market, anna)).isEqualTo(2);
        }
    }
}

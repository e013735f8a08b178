package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.api.schedule.JobStatus;
import io.comptoir.engine.core.privacy.RetentionPurge;
import io.comptoir.engine.core.privacy.RetentionSettings;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The end of the accounting retention period, on both databases with a clock the test moves: an order keeps its personal
 * data for ten years, read in Europe/Paris, and loses it (names, e-mail, delivery address, the notes of its moves) the day
 * after its date's tenth anniversary, whether or not its shopper erased their account; the amounts stay. The mails older
 * than the period go, each plugin's section is asked for its records, batches are small transactions, and a second run
 * finds nothing left.
 */
final class RetentionPurgeTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, String> SMALL_BATCHES = Map.of("privacy.retention-batch", "2");

    private static CustomerOrder delivered(Shop shop, Account shopper, String instructions) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 1);
        DeliveryAddress home = new DeliveryAddress(shopper.displayName(), "4 rue de Dunkerque", "62510", ARQUES, "06 39 98 00 00", instructions);
        return shop.checkout(shopper, Map.of(shop.grocer.id(), FulfilmentChoice.deliverTo(home)), List.of(Shop.payAtPickup()),
                UUID.randomUUID().toString()).order();
    }

    private static int count(TestDatabase db, String sql, String value) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @EachDatabase
    void anOrderLosesItsPersonalDataTheDayAfterItsTenthAnniversaryInParisAndKeepsItsAmounts(TestDatabase db) throws SQLException {
        RetentionProbe.createTables(db.dataSource());
        RetentionProbe probe = new RetentionProbe("one");
        // 23:30 in Paris on 31 December 2015; an hour later it is 1 January 2016 there, still 31 December in UTC
        MovableClock clock = new MovableClock(Instant.parse("2015-12-31T22:30:00Z"));
        try (Shop shop = new Shop(db, SMALL_BATCHES, clock, probe)) {
            shop.engine.merchants().updateFulfilment(shop.grocer.id(), new FulfilmentOptions(true, Optional.of(new LocalDelivery(
                    Money.euros(450), Set.of(ARQUES), Optional.empty()))), ADMIN);
            Account camille = shop.shopper("Camille Durand");
            Account dominique = shop.shopper("Dominique Martin");
            CustomerOrder first = delivered(shop, camille, "Digicode 4512, sonner chez Camille");
            CustomerOrder second = delivered(shop, camille, "");
            CustomerOrder third = delivered(shop, camille, "");
            shop.engine.orders().cancel(second.id(), "Je serai à l'hôpital cette semaine", Actor.account(camille.id().value()), true);
            shop.engine.deliverPendingEvents();
            assertThat(count(db, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", camille.email())).as("the order mails").isPositive();
            int oldMails = count(db, "SELECT COUNT(*) FROM mail_outbox WHERE kind <> ?", "");
            RetentionProbe.insert(db.dataSource(), 1, clock.instant(), "camille.durand@example.org");
            clock.set(Instant.parse("2015-12-31T23:30:00Z"));
            CustomerOrder newYear = delivered(shop, dominique, "Laisser chez la voisine");
            RetentionProbe.insert(db.dataSource(), 2, clock.instant(), "dominique.martin@example.org");

            assertThat(shop.engine.privacy().retention()).isEqualTo(Period.ofYears(10));
            clock.set(Instant.parse("2025-12-31T22:30:00Z"));
            RetentionPurge.Outcome anniversary = shop.engine.purgePastRetention();
            assertThat(anniversary.total()).as("kept on the tenth anniversary, in Paris").isZero();

            clock.set(Instant.parse("2025-12-31T23:30:00Z"));
            probe.cutoffs.clear();
            RetentionPurge.Outcome dayAfter = shop.engine.purgePastRetention();

            assertThat(dayAfter.cutoff()).isEqualTo(Instant.parse("2015-12-31T23:00:00Z"));
            assertThat(dayAfter.counts()).containsEntry("orders", 3).containsEntry("mails", oldMails).containsEntry("probe", 1);
            assertThat(probe.cutoffs).as("asked in batches until one came back short").hasSize(1).containsOnly(dayAfter.cutoff());
            for (CustomerOrder order : List.of(first, second, third)) {
                CustomerOrder kept = shop.engine.orders().customerOrder(order.id()).orElseThrow();
                assertThat(kept.total()).isEqualTo(order.total());
                MerchantOrder part = kept.merchantOrders().get(0);
                assertThat(part.lines()).isEqualTo(order.merchantOrders().get(0).lines());
                assertThat(part.shopperName()).isEqualTo(PersonalDataRights.ERASED_NAME);
                assertThat(part.shopperEmail()).isEqualTo("erased-" + camille.id().value() + "@erased.invalid");
                DeliveryAddress address = part.fulfilment().address().orElseThrow();
                assertThat(address.recipient()).isEqualTo(PersonalDataRights.ERASED_NAME);
                assertThat(address.street()).doesNotContain("Dunkerque");
                assertThat(address.phone()).isEmpty();
                assertThat(address.instructions()).isEmpty();
                assertThat(address.communeInsee()).as("the commune stays, for the shops' figures").isEqualTo(ARQUES);
                assertThat(part.history()).allSatisfy(change -> assertThat(change.note()).isEmpty());
            }
            assertThat(shop.engine.orders().customerOrder(second.id()).orElseThrow().merchantOrders().get(0).history())
                    .as("the cancellation itself stays").isNotEmpty();
            assertThat(count(db, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", camille.email())).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM probe_record WHERE email = ?", "dominique.martin@example.org")).isOne();
            MerchantOrder untouched = shop.engine.orders().customerOrder(newYear.id()).orElseThrow().merchantOrders().get(0);
            assertThat(untouched.shopperName()).as("placed on 1 January 2016 in Paris").isEqualTo("Dominique Martin");
            assertThat(untouched.fulfilment().address().orElseThrow().instructions()).isEqualTo("Laisser chez la voisine");
            assertThat(shop.engine.accounts().authenticate(camille.email(), PASSWORD, "127.0.0.1").displayName())
                    .as("the account itself is not an old record").isEqualTo("Camille Durand");

            assertThat(shop.engine.purgePastRetention().total()).as("nothing left to do").isZero();

            clock.set(Instant.parse("2026-01-01T23:30:00Z"));
            RetentionPurge.Outcome next = shop.engine.purgePastRetention();
            assertThat(next.counts()).containsEntry("orders", 1).containsEntry("probe", 1);
            assertThat(shop.engine.orders().customerOrder(newYear.id()).orElseThrow().merchantOrders().get(0).shopperName())
                    .isEqualTo(PersonalDataRights.ERASED_NAME);
        }
    }

    @EachDatabase
    void theJobRunsThroughTheSchedulerAndLeavesTheOrdersOfAnErasedAccountAlone(TestDatabase db) {
        MovableClock clock = new MovableClock(Instant.parse("2014-03-10T10:00:00Z"));
        try (Shop shop = new Shop(db, Map.of("privacy.retention-years", "6"), clock)) {
            Account camille = shop.shopper("Camille Durand");
            Account dominique = shop.shopper("Dominique Martin");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            CustomerOrder erased = shop.checkout(camille, List.of(Shop.payAtPickup())).order();
            shop.engine.carts().add(shop.cartOf(dominique), shop.variant(shop.boots).id(), 1);
            CustomerOrder kept = shop.checkout(dominique, List.of(Shop.payAtPickup())).order();
            clock.set(Instant.parse("2016-05-01T10:00:00Z"));
            shop.engine.privacy().erase(camille.id(), ADMIN);

            clock.set(Instant.parse("2020-03-11T10:00:00Z"));
            assertThat(shop.engine.privacy().retention()).isEqualTo(Period.ofYears(6));
            assertThat(shop.engine.runDueJobs()).isPositive();

            JobStatus job = shop.engine.jobs().statuses().stream().filter(status -> status.name().equals(PersonalDataRights.RETENTION_JOB))
                    .findFirst().orElseThrow();
            assertThat(job.lastSuccess()).contains(clock.instant());
            assertThat(job.consecutiveFailures()).isZero();
            assertThat(shop.engine.orders().customerOrder(kept.id()).orElseThrow().merchantOrders().get(0).shopperName())
                    .as("six years and a day later").isEqualTo(PersonalDataRights.ERASED_NAME);
            assertThat(shop.engine.orders().customerOrder(erased.id()).orElseThrow().merchantOrders().get(0).shopperEmail())
                    .isEqualTo("erased-" + camille.id().value() + "@erased.invalid");
            assertThat(shop.engine.purgePastRetention().counts()).as("both were anonymised already").containsEntry("orders", 0);
        }
    }

    @Test
    void theRetentionPeriodIsTenYearsInParisUnlessConfiguredAndNeverShorterThanSix() {
        RetentionSettings defaults = RetentionSettings.from(Map.of(), ZoneId.of("Europe/Paris"));
        assertThat(defaults.period()).isEqualTo(Period.ofYears(10));
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        // a leap day's tenth anniversary is 28 February: kept that day, gone on 1 March
        Instant leapDay = Instant.parse("2016-02-29T11:00:00Z");
        assertThat(leapDay).isAfterOrEqualTo(defaults.cutoff(Instant.parse("2026-02-28T22:59:00Z")));
        assertThat(leapDay).isBefore(defaults.cutoff(Instant.parse("2026-02-28T23:00:00Z")));
        // summer time: the day starts at 22:00 UTC the day before
        assertThat(defaults.cutoff(Instant.parse("2026-07-01T12:00:00Z"))).isEqualTo(Instant.parse("2016-06-30T22:00:00Z"));
        assertThat(RetentionSettings.from(Map.of("privacy.retention-years", "12", "privacy.time-zone", "Indian/Reunion"),
                ZoneId.of("Europe/Paris"))
                .cutoff(Instant.parse("2026-07-01T20:30:00Z"))).isEqualTo(Instant.parse("2014-07-01T20:00:00Z"));
        // without privacy.time-zone, the marketplace's zone
        assertThat(RetentionSettings.from(Map.of(), ZoneId.of("Indian/Reunion")).zone()).isEqualTo(ZoneId.of("Indian/Reunion"));

        assertThatThrownBy(() -> RetentionSettings.from(Map.of("privacy.retention-years", "5"), ZoneId.of("Europe/Paris")))
                .hasMessageContaining("privacy.retention-years").hasMessageContaining("between 6 and 30");
        assertThatThrownBy(() -> RetentionSettings.from(Map.of("privacy.retention-years", "31"),
                ZoneId.of("Europe/Paris"))).hasMessageContaining("privacy.retention-years");
        assertThatThrownBy(() -> RetentionSettings.from(Map.of("privacy.retention-years", "dix"),
                ZoneId.of("Europe/Paris"))).hasMessageContaining("privacy.retention-years");
        assertThatThrownBy(() -> RetentionSettings.from(Map.of("privacy.time-zone", "Paris"),
                ZoneId.of("Europe/Paris"))).hasMessageContaining("privacy.time-zone");
        assertThatThrownBy(() -> RetentionSettings.from(Map.of("privacy.retention-batch", "0"),
                ZoneId.of("Europe/Paris"))).hasMessageContaining("privacy.retention-batch");
    }
}

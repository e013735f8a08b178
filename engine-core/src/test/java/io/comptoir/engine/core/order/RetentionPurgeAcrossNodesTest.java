package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.core.BuiltInPaymentProvider;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.privacy.RetentionPurge;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes running the retention job at once (a lease that ran out while a run went on, a node paused then resumed), two
 * threads each, on both databases: every old order, mail and plugin record is anonymised exactly once, nobody deadlocks
 * or waits for the others' batches, and the sums the runs report are the records there were.
 */
final class RetentionPurgeAcrossNodesTest {
    private static final int ORDERS = 48;
    private static final int RECORDS = 120;
    private static final Map<String, String> BATCHES = Map.of("privacy.retention-batch", "5");

    @EachDatabase
    void twoNodesPurgingAtOnceAnonymiseEachRecordOnceWithoutDeadlock(TestDatabase db) throws Exception {
        RetentionProbe.createTables(db.dataSource());
        MovableClock clock = new MovableClock(Instant.parse("2012-05-04T08:00:00Z"));
        RetentionProbe first = new RetentionProbe("first");
        RetentionProbe second = new RetentionProbe("second");
        try (Shop shop = new Shop(db, BATCHES, clock, first); Engine other = node(db, clock, second)) {
            Product tea = shop.fixtures.product(shop.grocer, "Thé noir du Yunnan", 650, 10_000);
            List<Account> shoppers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                shoppers.add(shop.shopper("Client Numero" + i));
            }
            for (int i = 0; i < ORDERS; i++) {
                Account shopper = shoppers.get(i % shoppers.size());
                shop.engine.carts().add(shop.cartOf(shopper), tea.variants().get(0).id(), 1);
                shop.checkout(shopper, List.of(Shop.payAtPickup()));
                shop.engine.mailer().send(new Mail(shopper.email(), "Votre commande", "Bonjour " + shopper.displayName(), "test"));
            }
            for (int i = 1; i <= RECORDS; i++) {
                RetentionProbe.insert(db.dataSource(), i, clock.instant(), "personne" + i + "@example.org");
            }
            int mails = count(db, "SELECT COUNT(*) FROM mail_outbox");
            clock.set(Instant.parse("2023-01-01T12:00:00Z"));

            List<RetentionPurge.Outcome> outcomes = purgeAtOnce(List.of(shop.engine, shop.engine, other, other));

            assertThat(outcomes.stream().mapToInt(outcome -> outcome.counts().get("orders")).sum()).isEqualTo(ORDERS);
            assertThat(outcomes.stream().mapToInt(outcome -> outcome.counts().get("mails")).sum()).isEqualTo(mails);
            assertThat(outcomes.stream().mapToInt(outcome -> outcome.counts().get("probe")).sum()).isEqualTo(RECORDS);
            assertThat(count(db, "SELECT COUNT(*) FROM customer_order WHERE anonymised_at IS NULL")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM customer_order WHERE shopper_name LIKE 'Client%'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM mail_outbox")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM probe_record WHERE email IS NOT NULL")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM probe_log")).as("each record worked once").isEqualTo(RECORDS);
            assertThat(count(db, "SELECT COUNT(DISTINCT record_id) FROM probe_log")).isEqualTo(RECORDS);
            assertThat(shop.engine.purgePastRetention().total() + other.purgePastRetention().total()).isZero();
        }
    }

    /** Each engine's purge in a thread of its own, started together; every run must end within a minute. */
    private static List<RetentionPurge.Outcome> purgeAtOnce(List<Engine> nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RetentionPurge.Outcome>> runs = new ArrayList<>();
            for (Engine node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return node.purgePastRetention();
                }));
            }
            start.countDown();
            List<RetentionPurge.Outcome> outcomes = new ArrayList<>();
            for (Future<RetentionPurge.Outcome> run : runs) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Another node of the same marketplace, on the same database and clock, with its own plugin instance. */
    private static Engine node(TestDatabase db, MovableClock clock, RetentionProbe probe) {
        Engine engine = Engine.builder().builtInPaymentProviders(BuiltInPaymentProvider.PAY_AT_PICKUP).dataSource(db.dataSource())
                .searchIndex(new RecordingSearchIndex()).backgroundWork(false).clock(clock).properties(Fixtures.CHEAP_PASSWORDS)
                .properties(BATCHES).plugin(probe).build();
        engine.awaitSearchReady(Duration.ofSeconds(30));
        return engine;
    }

    private static int count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}

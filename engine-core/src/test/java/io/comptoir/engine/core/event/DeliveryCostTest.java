package io.comptoir.engine.core.event;

import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.persistence.SqlProfile;
import io.comptoir.engine.core.persistence.SqlProfile.Counts;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.awaitility.Awaitility;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.comptoir.engine.core.event.EventTesting.listening;
import static io.comptoir.engine.core.event.EventTesting.publish;
import static org.assertj.core.api.Assertions.assertThat;

/** What delivering events costs the database, counted as {@code bench/checkout.sh} counts it ({@link SqlProfile}). */
final class DeliveryCostTest {

    /**
     * A background session takes the events its round already read for every subscription, and stores its position in
     * the update that gives its lease up: two statements, the claim and that update, however many events it delivers
     * (up to a batch).
     */
    @EachDatabase
    void aDeliverySessionIsItsClaimAndOneUpdateThatStoresItsPositionAndReleasesItsLease(TestDatabase db) throws Exception {
        SqlProfile profile = SqlProfile.inMemory();
        List<String> received = new CopyOnWriteArrayList<>();
        try (Engine engine = Engine.builder().dataSource(profile.profile(db.dataSource())).searchIndex(new RecordingSearchIndex())
                .backgroundWork(true).property("events.poll-interval", "PT0.05S")
                .plugin(listening("test.cost", event -> received.add(event.aggregateId()))).build()) {
            Map<String, Counts> before = profile.counts();
            publish(engine, db, "a", "b", "c");
            Awaitility.await("delivery").atMost(Duration.ofSeconds(20)).until(() -> received.size() == 3);
            Jdbi unprofiled = Jdbi.create(db.dataSource());
            Awaitility.await("the lease given up").atMost(Duration.ofSeconds(20)).until(() -> unprofiled.withHandle(handle -> handle
                    .createQuery("SELECT lease_owner IS NULL FROM event_subscription WHERE subscription = 'test.cost'").mapTo(Boolean.class).one()));

            Map<String, Counts> sessions = sessionKinds(before, profile.counts());
            assertThat(received).containsExactly("a", "b", "c");
            // no read of the feed and no other update: the claim, then the update that stores and releases
            assertThat(sessions).as("the session's statements by kind")
                    .containsOnlyKeys("auto-commit EventDispatcher.claimAndWork", "auto-commit EventDispatcher.release");
            assertThat(sessions.get("auto-commit EventDispatcher.release")).isEqualTo(new Counts(1, 1));
            // a round that read the subscription's row while the session ran may try to claim it again once the session is
            // over: the claim, guarded by the position read, is refused, and nothing else is done
            assertThat(sessions.get("auto-commit EventDispatcher.claimAndWork").statements()).isBetween(1L, 2L);
        }
    }

    /** The statements of delivery sessions since {@code before}: not the rounds', the jobs' or the index follower's. */
    private static Map<String, Counts> sessionKinds(Map<String, Counts> before, Map<String, Counts> after) {
        Map<String, Counts> since = new TreeMap<>();
        after.forEach((kind, counts) -> {
            if (!kind.contains("EventDispatcher.claimAndWork") && !kind.contains("EventDispatcher.release")
                    && !kind.contains("EventDispatcher.session")) {
                return;
            }
            Counts was = before.getOrDefault(kind, new Counts(0, 0));
            if (counts.statements() > was.statements()) {
                since.put(kind, new Counts(counts.transactions() - was.transactions(), counts.statements() - was.statements()));
            }
        });
        return since;
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.comptoir.engine.core.event.EventTesting.listening;
import static io.comptoir.engine.core.event.EventTesting.node;
import static io.comptoir.engine.core.event.EventTesting.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The two delivery defects of issue 18, as a developer embedding the engine met them. Both failed before event delivery
 * moved to subscriptions known to the database: the first ran for ever, the second delivered nothing.
 */
final class DeliveryDefectsTest {

    private static String[] ids(int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = Integer.toString(i);
        }
        return ids;
    }

    @EachDatabase
    void aBacklogOfASubscriptionNoNodeServesDoesNotStallTheOthers(TestDatabase db) throws Exception {
        try (Engine before = node(db).plugin(listening("loyalty.stamps", event -> { })).build()) {
            publish(before, db, ids(150));   // never delivered: the plugin is then renamed
        }
        ConcurrentLinkedQueue<DomainEvent> received = new ConcurrentLinkedQueue<>();
        try (Engine after = node(db).plugin(listening("loyalty.points", received::add)).build()) {
            publish(after, db, ids(3));
            assertTimeoutPreemptively(Duration.ofSeconds(20), after::deliverPendingEvents);
            assertThat(received).hasSize(3);
        }
    }

    @EachDatabase
    void anEventPublishedByANodeThatDoesNotRunThePluginStillReachesIt(TestDatabase db) throws Exception {
        ConcurrentLinkedQueue<DomainEvent> received = new ConcurrentLinkedQueue<>();
        try (Engine withPlugin = node(db).plugin(listening("loyalty.points", received::add)).build();
             Engine withoutPlugin = node(db).build()) {
            publish(withoutPlugin, db, ids(2));
            withPlugin.deliverPendingEvents();
            assertThat(received).extracting(DomainEvent::aggregateId).containsExactly("0", "1");
        }
    }
}

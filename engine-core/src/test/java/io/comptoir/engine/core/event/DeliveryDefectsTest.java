package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The two delivery defects of issue 18, as a developer embedding the engine met them. */
final class DeliveryDefectsTest {

    private static EnginePlugin listening(String subscription, DomainEventListener listener) {
        return new EnginePlugin() {
            @Override
            public String id() {
                return "listening";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerEventListener(subscription, listener);
            }
        };
    }

    private static Engine node(TestDatabase db, EnginePlugin... plugins) {
        return Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .plugins(java.util.List.of(plugins)).build();
    }

    private static void publish(Engine engine, TestDatabase db, int count) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                engine.events().publish(connection, new PendingEvent("loyalty.test_happened", "test", Integer.toString(i), Map.of(),
                        Actor.system("test")));
            }
            connection.commit();
        }
    }

    @EachDatabase
    void aBacklogOfASubscriptionNoNodeServesDoesNotStallTheOthers(TestDatabase db) throws Exception {
        try (Engine before = node(db, listening("loyalty.stamps", event -> { }))) {
            publish(before, db, 150);   // never delivered: the plugin is then renamed
        }
        ConcurrentLinkedQueue<DomainEvent> received = new ConcurrentLinkedQueue<>();
        try (Engine after = node(db, listening("loyalty.points", received::add))) {
            publish(after, db, 3);
            assertTimeoutPreemptively(Duration.ofSeconds(20), after::deliverPendingEvents);
            assertThat(received).hasSize(3);
        }
    }

    @EachDatabase
    void anEventPublishedByANodeThatDoesNotRunThePluginStillReachesIt(TestDatabase db) throws Exception {
        ConcurrentLinkedQueue<DomainEvent> received = new ConcurrentLinkedQueue<>();
        try (Engine withPlugin = node(db, listening("loyalty.points", received::add));
             Engine withoutPlugin = node(db)) {
            publish(withoutPlugin, db, 2);
            withPlugin.deliverPendingEvents();
            assertThat(received).extracting(DomainEvent::aggregateId).containsExactly("0", "1");
        }
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

final class OutboxDeliveryTest {

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

    private static void publish(Engine engine, TestDatabase db, String type) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            engine.events().publish(connection, new PendingEvent(type, "order", "42", Map.of("total", "1250"), Actor.account(7)));
            connection.commit();
        }
    }

    @EachDatabase
    void aCommittedEventReachesItsListenerWithItsData(TestDatabase db) throws Exception {
        ConcurrentLinkedQueue<DomainEvent> received = new ConcurrentLinkedQueue<>();
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .plugin(listening("test.orders", received::add)).build()) {
            publish(engine, db, "order.placed");
            engine.deliverPendingEvents();

            assertThat(received).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo("order.placed");
                assertThat(event.aggregateId()).isEqualTo("42");
                assertThat(event.data()).containsEntry("total", "1250");
                assertThat(event.actor()).isEqualTo(Actor.account(7));
            });
        }
    }

    @EachDatabase
    void aFailingListenerIsRetriedLaterWithBackOffUntilItSucceeds(TestDatabase db) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        MovableClock clock = new MovableClock(Fixtures.START);
        DomainEventListener flaky = event -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("mail server down");
            }
        };
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .clock(clock).plugin(listening("test.flaky", flaky)).build()) {
            publish(engine, db, "order.placed");

            assertThat(engine.deliverPendingEvents()).isZero();
            assertThat(engine.deliverPendingEvents()).as("not due before its back-off").isZero();
            assertThat(calls.get()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.deliverPendingEvents()).isZero();
            clock.advance(Duration.ofSeconds(2));
            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
            assertThat(engine.deliverPendingEvents()).isZero();
            assertThat(calls.get()).isEqualTo(3);
        }
    }

    @EachDatabase
    void twoNodesOnOneDatabaseDeliverEachEventOnce(TestDatabase db) throws Exception {
        ConcurrentLinkedQueue<Long> received = new ConcurrentLinkedQueue<>();
        DomainEventListener listener = event -> received.add(event.id());
        try (Engine first = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .plugin(listening("test.once", listener)).build();
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                     .plugin(listening("test.once", listener)).build()) {
            for (int i = 0; i < 200; i++) {
                publish(i % 2 == 0 ? first : second, db, "order.placed");
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> received.size() >= 200);
            first.deliverPendingEvents();
            second.deliverPendingEvents();

            assertThat(received).hasSize(200).doesNotHaveDuplicates();
        }
    }

    @EachDatabase
    void eventsOfTypesAListenerDoesNotAcceptAreNotQueuedForIt(TestDatabase db) throws Exception {
        List<String> types = new java.util.concurrent.CopyOnWriteArrayList<>();
        DomainEventListener onlyOrders = new DomainEventListener() {
            @Override
            public boolean accepts(String eventType) {
                return eventType.startsWith("order.");
            }

            @Override
            public void onEvent(DomainEvent event) {
                types.add(event.type());
            }
        };
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .plugin(listening("test.orders", onlyOrders)).build()) {
            publish(engine, db, "voucher.sold");
            publish(engine, db, "order.placed");
            engine.deliverPendingEvents();
            assertThat(types).containsExactly("order.placed");
        }
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventBatchException;
import io.comptoir.engine.api.event.SubscriptionState;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.comptoir.engine.core.event.EventTesting.TYPE;
import static io.comptoir.engine.core.event.EventTesting.listening;
import static io.comptoir.engine.core.event.EventTesting.node;
import static io.comptoir.engine.core.event.EventTesting.publish;
import static io.comptoir.engine.core.event.EventTesting.publishTyped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listeners that take the events read together as one batch ({@link DomainEventListener#onEvents}): what they get, and
 * what a failure inside a batch does — the events before the failed one count as delivered once, the failed one is
 * retried alone first, as with {@link DomainEventListener#onEvent}.
 */
final class BatchDeliveryTest {

    /** Records each batch it is given and each event given alone; fails on "poison" while {@code broken}. */
    private static final class BatchListener implements DomainEventListener {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final List<String> alone = new CopyOnWriteArrayList<>();
        final List<String> received = new CopyOnWriteArrayList<>();
        final AtomicBoolean broken = new AtomicBoolean(true);
        private final boolean namesTheFailedEvent;

        BatchListener(boolean namesTheFailedEvent) {
            this.namesTheFailedEvent = namesTheFailedEvent;
        }

        @Override
        public boolean accepts(String eventType) {
            return eventType.equals(TYPE);
        }

        @Override
        public void onEvent(DomainEvent event) {
            alone.add(event.aggregateId());
            digest(event);
        }

        @Override
        public void onEvents(List<DomainEvent> events) throws EventBatchException {
            batches.add(events.stream().map(DomainEvent::aggregateId).toList());
            if (!namesTheFailedEvent && broken.get() && events.stream().anyMatch(event -> event.aggregateId().equals("poison"))) {
                throw new IllegalStateException("the batch's transaction rolled back");
            }
            for (int i = 0; i < events.size(); i++) {
                try {
                    digest(events.get(i));
                }
                catch (IllegalStateException e) {
                    throw new EventBatchException(i, e);
                }
            }
        }

        private void digest(DomainEvent event) {
            if (event.aggregateId().equals("poison") && broken.get()) {
                throw new IllegalStateException("cannot digest poison");
            }
            received.add(event.aggregateId());
        }
    }

    @EachDatabase
    void theEventsReadTogetherComeAsOneBatchInFeedOrderWithoutTheUnwantedOnes(TestDatabase db) throws Exception {
        BatchListener listener = new BatchListener(true);
        try (Engine engine = node(db).plugin(listening("test.batches", listener)).build()) {
            publish(engine, db, "a", "b");
            publishTyped(engine, db, "test.other", "x");
            publish(engine, db, "c");

            assertThat(engine.deliverPendingEvents()).isEqualTo(3);
            assertThat(listener.batches).containsExactly(List.of("a", "b", "c"));
            assertThat(listener.alone).isEmpty();
            assertThat(engine.eventDeliveries().subscription("test.batches").orElseThrow().behind()).isZero();
        }
    }

    @EachDatabase
    void aBatchNamingItsFailedEventKeepsTheEventsBeforeItAndRetriesThatOneFirst(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        BatchListener listener = new BatchListener(true);
        try (Engine engine = node(db).clock(clock).plugin(listening("test.batches", listener)).build()) {
            long poison = publish(engine, db, "a", "poison", "b").get(1);

            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            SubscriptionState failing = engine.eventDeliveries().subscription("test.batches").orElseThrow();
            assertThat(failing.failingEventId()).hasValue(poison);
            assertThat(failing.attempts()).isEqualTo(1);
            assertThat(failing.lastError()).hasValueSatisfying(error -> assertThat(error).contains("cannot digest poison"));
            assertThat(failing.behind()).isEqualTo(2);

            listener.broken.set(false);
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.deliverPendingEvents()).isEqualTo(2);
            assertThat(listener.received).containsExactly("a", "poison", "b");
            assertThat(listener.batches).containsExactly(List.of("a", "poison", "b"), List.of("poison", "b"));
            assertThat(listener.alone).isEmpty();
        }
    }

    @EachDatabase
    void aBatchFailingWithoutNamingTheEventIsDeliveredAgainOneAtATimeWhichFindsIt(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        BatchListener listener = new BatchListener(false);
        try (Engine engine = node(db).clock(clock).plugin(listening("test.batches", listener)).build()) {
            long poison = publish(engine, db, "a", "poison", "b").get(1);

            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            assertThat(listener.alone).as("after the batch failed, one at a time up to the failed event").containsExactly("a", "poison");
            SubscriptionState failing = engine.eventDeliveries().subscription("test.batches").orElseThrow();
            assertThat(failing.failingEventId()).hasValue(poison);
            assertThat(failing.behind()).isEqualTo(2);

            listener.broken.set(false);
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.deliverPendingEvents()).isEqualTo(2);
            assertThat(listener.received).containsExactly("a", "poison", "b");
            assertThat(listener.batches).containsExactly(List.of("a", "poison", "b"), List.of("poison", "b"));
        }
    }

    @EachDatabase
    void aListenerOfOneEventAtATimeGetsTheEventsBeforeAFailedOneOnce(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        AtomicBoolean broken = new AtomicBoolean(true);
        List<String> received = new CopyOnWriteArrayList<>();
        DomainEventListener listener = event -> {
            if (event.aggregateId().equals("poison") && broken.get()) {
                throw new IllegalStateException("cannot digest poison");
            }
            received.add(event.aggregateId());
        };
        try (Engine engine = node(db).clock(clock).plugin(listening("test.single", listener)).build()) {
            publish(engine, db, "a", "poison", "b");

            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            assertThat(received).containsExactly("a");
            broken.set(false);
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.deliverPendingEvents()).isEqualTo(2);
            assertThat(received).containsExactly("a", "poison", "b");
        }
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.persistence.DurabilityBarrier;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Jdbis;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.comptoir.engine.core.event.EventTesting.node;
import static io.comptoir.engine.core.event.EventTesting.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code events.batch-window}: the first commit after a quiet spell is delivered at once; a stream of commits within the
 * window is gathered into few rounds, so the subscription's claim, read and release are paid per batch, not per commit.
 */
final class BatchWindowTest {
    private static final Duration WINDOW = Duration.ofSeconds(2);

    /** A listener taking batches, recording each batch's aggregate ids and when it came. */
    private static final class Recording implements DomainEventListener {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final List<Long> at = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(DomainEvent event) {
            onEvents(List.of(event));
        }

        @Override
        public void onEvents(List<DomainEvent> events) {
            batches.add(events.stream().map(DomainEvent::aggregateId).toList());
            at.add(System.nanoTime());
        }

        int delivered() {
            return batches.stream().mapToInt(List::size).sum();
        }
    }

    @EachDatabase
    void aStreamOfCommitsIsGatheredWhileTheFirstAfterAQuietSpellGoesAtOnce(TestDatabase db) throws Exception {
        Recording listener = new Recording();
        Subscriptions subscriptions = new Subscriptions();
        subscriptions.register("test.gathered", listener);
        // the engine only migrates the database here; this dispatcher, with its own subscription, is the node under test
        try (Engine engine = node(db).build();
             EventDispatcher dispatcher = new EventDispatcher(Jdbis.create(db.dataSource()), Clock.systemUTC(), subscriptions,
                     Map.of("events.batch-window", "PT2S", "events.poll-interval", "PT1M"), DurabilityBarrier.NONE)) {
            dispatcher.registerSubscriptions();
            dispatcher.start();

            long first = System.nanoTime();
            publish(engine, db, "alone");
            dispatcher.poke();
            Awaitility.await("the first commit").atMost(Duration.ofSeconds(10)).until(() -> listener.delivered() == 1);
            assertThat(Duration.ofNanos(listener.at.get(0) - first)).as("delivered without waiting for the window").isLessThan(WINDOW);

            for (int i = 0; i < 10; i++) {   // ten commits, each waking the dispatcher, within the window
                publish(engine, db, "stream" + i);
                dispatcher.poke();
                Thread.sleep(20);
            }
            Awaitility.await("the stream").atMost(Duration.ofSeconds(20)).until(() -> listener.delivered() == 11);
            assertThat(listener.batches.subList(1, listener.batches.size())).as("the stream came in one or two rounds, in order")
                    .hasSizeLessThanOrEqualTo(2)
                    .flatMap(batch -> batch)
                    .containsExactly("stream0", "stream1", "stream2", "stream3", "stream4", "stream5", "stream6", "stream7", "stream8", "stream9");
            assertThat(Duration.ofNanos(listener.at.get(1) - listener.at.get(0)))
                    .as("the next round waited for the window after the one that delivered the first commit")
                    .isGreaterThanOrEqualTo(WINDOW.dividedBy(2));
        }
    }

    @Test
    void theWindowIsBoundedAndNeverLongerThanThePollInterval() {
        assertThat(EventSettings.from(Map.of()).roundSpacing()).isEqualTo(Duration.ofMillis(200));
        assertThat(EventSettings.from(Map.of("events.poll-interval", "PT0.05S")).roundSpacing()).isEqualTo(Duration.ofMillis(50));
        assertThat(EventSettings.from(Map.of("events.batch-window", "PT0S")).roundSpacing()).isZero();
        assertThatThrownBy(() -> EventSettings.from(Map.of("events.batch-window", "PT6S")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events.batch-window");
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static io.comptoir.engine.core.event.EventTesting.listening;
import static io.comptoir.engine.core.event.EventTesting.node;
import static io.comptoir.engine.core.event.EventTesting.publish;
import static org.assertj.core.api.Assertions.assertThat;

/** Listeners off the critical path: with the delivery threads running, a slow or failing one holds back only itself. */
final class DeliveryIsolationTest {

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static String[] names(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + i;
        }
        return names;
    }

    @EachDatabase
    void aSlowListenerHoldsBackOnlyItsOwnSubscription(TestDatabase db) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> slow = new CopyOnWriteArrayList<>();
        List<String> fast = new CopyOnWriteArrayList<>();
        DomainEventListener blocking = event -> {
            release.await(30, TimeUnit.SECONDS);
            slow.add(event.aggregateId());
        };
        Map<String, DomainEventListener> listeners = new LinkedHashMap<>();
        listeners.put("test.a-slow", blocking);
        listeners.put("test.b-fast", event -> fast.add(event.aggregateId()));
        try (Engine engine = node(db).backgroundWork(true).property("events.poll-interval", "PT0.05S")
                .plugin(listening("listening", listeners, SubscriptionStart.fromNow())).build()) {
            publish(engine, db, names("e", 20));
            await("the fast subscription", Duration.ofSeconds(20), () -> fast.size() == 20);
            assertThat(slow).as("the slow one is still on its first event").isEmpty();
            release.countDown();
            await("the slow subscription", Duration.ofSeconds(20), () -> slow.size() == 20);
            assertThat(slow).containsExactly(names("e", 20));
            assertThat(fast).containsExactly(names("e", 20));
        }
    }

    @EachDatabase
    void aFailingListenerHoldsBackOnlyItsOwnSubscription(TestDatabase db) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        List<String> healthy = new CopyOnWriteArrayList<>();
        Map<String, DomainEventListener> listeners = new LinkedHashMap<>();
        listeners.put("test.a-failing", event -> {
            failures.incrementAndGet();
            throw new IllegalStateException("always down");
        });
        listeners.put("test.b-healthy", event -> healthy.add(event.aggregateId()));
        try (Engine engine = node(db).backgroundWork(true).property("events.poll-interval", "PT0.05S")
                .plugin(listening("listening", listeners, SubscriptionStart.fromNow())).build()) {
            publish(engine, db, names("e", 20));
            await("the healthy subscription", Duration.ofSeconds(20), () -> healthy.size() == 20);
            await("a retry of the failing one", Duration.ofSeconds(20), () -> failures.get() >= 2);
            assertThat(healthy).containsExactly(names("e", 20));
            var failing = engine.eventDeliveries().subscription("test.a-failing").orElseThrow();
            assertThat(failing.isFailing()).isTrue();
            assertThat(failing.behind()).as("it waits on its first event").isEqualTo(20);
        }
    }

    @EachDatabase
    void aListenerSlowerThanTheLeaseKeepsItByRenewingIt(TestDatabase db) throws Exception {
        List<String> deliveries = new CopyOnWriteArrayList<>();
        Engine[] nodes = new Engine[2];
        try {
            for (int n = 0; n < nodes.length; n++) {
                String name = "node" + n;
                DomainEventListener slow = event -> {
                    deliveries.add(name + ":" + event.aggregateId());
                    Thread.sleep(2_000);
                };
                nodes[n] = node(db).backgroundWork(true).property("events.lease", "PT0.6S").property("events.poll-interval", "PT0.05S")
                        .plugin(listening("test.slow", slow)).build();
            }
            publish(nodes[0], db, "only");
            await("the delivery", Duration.ofSeconds(20), () -> !deliveries.isEmpty());
            Thread.sleep(3_000);   // five leases: without renewal the other node would have taken the event again
            assertThat(deliveries).hasSize(1);
        }
        finally {
            for (Engine engine : nodes) {
                if (engine != null) {
                    engine.close();
                }
            }
        }
    }

    /** A subscription that wants few of the events is moved past the others without a session, and misses none it wants. */
    @EachDatabase
    void aSubscriptionIsMovedPastWhatItDoesNotWantAndGetsWhatItWants(TestDatabase db) throws Exception {
        List<String> wanted = new CopyOnWriteArrayList<>();
        DomainEventListener picky = new DomainEventListener() {
            @Override
            public boolean accepts(String eventType) {
                return eventType.equals("test.wanted");
            }

            @Override
            public void onEvent(io.comptoir.engine.api.event.DomainEvent event) {
                wanted.add(event.aggregateId());
            }
        };
        try (Engine first = node(db).backgroundWork(true).property("events.poll-interval", "PT0.05S").plugin(listening("test.picky", picky)).build();
             Engine second = node(db).backgroundWork(true).property("events.poll-interval", "PT0.05S").plugin(listening("test.picky", picky)).build()) {
            for (int i = 0; i < 10; i++) {
                Engine engine = i % 2 == 0 ? first : second;
                publish(engine, db, names("noise-" + i + "-", 15));
                EventTesting.publishTyped(engine, db, "test.wanted", "wanted-" + i);
                Thread.sleep(30);
            }
            await("the wanted events", Duration.ofSeconds(20), () -> wanted.size() >= 10);
            await("the subscription to reach the end of the feed", Duration.ofSeconds(20),
                    () -> first.eventDeliveries().subscription("test.picky").orElseThrow().behind() == 0);
            assertThat(wanted).containsExactly(names("wanted-", 10));
        }
    }

    /**
     * Three nodes with two delivery threads each race for three subscriptions while four threads publish: every
     * subscription gets every event once, in feed order, never two at a time.
     */
    @EachDatabase
    void nodesRacingForSubscriptionsDeliverEachEventOnceInFeedOrder(TestDatabase db) throws Exception {
        List<String> subscriptions = List.of("test.a", "test.b", "test.c");
        Map<String, List<String>> received = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        List<Engine> nodes = new ArrayList<>();
        try {
            for (int n = 0; n < 3; n++) {
                Map<String, DomainEventListener> listeners = new LinkedHashMap<>();
                for (String subscription : subscriptions) {
                    received.putIfAbsent(subscription, new CopyOnWriteArrayList<>());
                    inFlight.putIfAbsent(subscription, new AtomicInteger());
                    listeners.put(subscription, event -> {
                        if (inFlight.get(subscription).incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        try {
                            received.get(subscription).add(event.aggregateId());
                            Thread.yield();
                        }
                        finally {
                            inFlight.get(subscription).decrementAndGet();
                        }
                    });
                }
                nodes.add(node(db).backgroundWork(true).property("events.threads", "2").property("events.poll-interval", "PT0.02S")
                        .plugin(listening("listening", listeners, SubscriptionStart.fromNow())).build());
            }
            ExecutorService publishers = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                int publisher = p;
                done.add(publishers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        Engine engine = nodes.get((publisher + i) % nodes.size());
                        publish(engine, db, publisher + "-" + i + "-a", publisher + "-" + i + "-b", publisher + "-" + i + "-c");
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
            publishers.shutdown();
            await("every subscription to receive all 300 events", Duration.ofSeconds(120),
                    () -> subscriptions.stream().allMatch(subscription -> received.get(subscription).size() >= 300));
            Thread.sleep(200);

            List<String> feedOrder = Jdbi.create(db.dataSource()).withHandle(handle -> handle.select(
                    "SELECT aggregate_id FROM domain_event WHERE type = 'test.happened' ORDER BY feed_position").mapTo(String.class).list());
            assertThat(feedOrder).hasSize(300).doesNotHaveDuplicates();
            for (String subscription : subscriptions) {
                assertThat(received.get(subscription)).as(subscription).containsExactlyElementsOf(feedOrder);
            }
            assertThat(overlaps.get()).as("deliveries of one subscription running at once").isZero();
        }
        finally {
            nodes.forEach(Engine::close);
        }
    }
}

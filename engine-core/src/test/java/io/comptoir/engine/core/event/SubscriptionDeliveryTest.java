package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventDeliveries;
import io.comptoir.engine.api.event.ParkedEvent;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.event.SubscriptionState;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.persistence.Migrations;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.comptoir.engine.core.event.EventTesting.listening;
import static io.comptoir.engine.core.event.EventTesting.node;
import static io.comptoir.engine.core.event.EventTesting.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Subscriptions known to the database: where a new one starts, parking, and what an operator can do. */
final class SubscriptionDeliveryTest {
    private static final Actor OPERATOR = Actor.account(1);

    private static DomainEventListener recording(List<String> received) {
        return event -> received.add(event.aggregateId());
    }

    @EachDatabase
    void aNewSubscriptionReceivesEventsFromNowUnlessItAsksForMore(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        List<Long> earlier;
        try (Engine before = node(db).clock(clock).build()) {
            earlier = publish(before, db, "a", "b");
            clock.advance(Duration.ofHours(1));
            publish(before, db, "c");
        }
        List<String> fromNow = new CopyOnWriteArrayList<>();
        List<String> fromBeginning = new CopyOnWriteArrayList<>();
        List<String> afterA = new CopyOnWriteArrayList<>();
        List<String> sinceC = new CopyOnWriteArrayList<>();
        try (Engine engine = node(db).clock(clock)
                .plugin(listening("now", Map.of("test.now", recording(fromNow)), SubscriptionStart.fromNow()))
                .plugin(listening("all", Map.of("test.all", recording(fromBeginning)), SubscriptionStart.fromBeginning()))
                .plugin(listening("after", Map.of("test.after", recording(afterA)), SubscriptionStart.afterEvent(earlier.get(0))))
                .plugin(listening("since", Map.of("test.since", recording(sinceC)), SubscriptionStart.since(clock.instant())))
                .build()) {
            publish(engine, db, "d");
            engine.deliverPendingEvents();
        }
        assertThat(fromNow).containsExactly("d");
        assertThat(fromBeginning).containsExactly("a", "b", "c", "d");
        assertThat(afterA).containsExactly("b", "c", "d");
        assertThat(sinceC).containsExactly("c", "d");
    }

    @EachDatabase
    void aSubscriptionKeepsItsPlaceAcrossRestartsWhateverItsStart(TestDatabase db) throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (Engine engine = node(db).plugin(listening("p", Map.of("test.kept", recording(received)), SubscriptionStart.fromNow())).build()) {
            publish(engine, db, "a");
            engine.deliverPendingEvents();
        }
        try (Engine without = node(db).build()) {
            publish(without, db, "b");
        }
        try (Engine again = node(db).plugin(listening("p", Map.of("test.kept", recording(received)), SubscriptionStart.fromBeginning())).build()) {
            again.deliverPendingEvents();
        }
        assertThat(received).containsExactly("a", "b");
    }

    @EachDatabase
    void aFailingEventBlocksItsSubscriptionThenIsParkedAfterTheLastAttemptAndCanBeReplayed(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        AtomicBoolean broken = new AtomicBoolean(true);
        List<String> received = new CopyOnWriteArrayList<>();
        DomainEventListener listener = event -> {
            if (event.aggregateId().equals("poison") && broken.get()) {
                throw new IllegalStateException("cannot digest " + event.aggregateId());
            }
            received.add(event.aggregateId());
        };
        try (Engine engine = node(db).clock(clock).property("events.max-attempts", "3").plugin(listening("test.picky", listener)).build()) {
            long poison = publish(engine, db, "poison", "after-1", "after-2").get(0);
            EventDeliveries deliveries = engine.eventDeliveries();

            assertThat(engine.deliverPendingEvents()).isZero();
            SubscriptionState failing = deliveries.subscription("test.picky").orElseThrow();
            assertThat(failing.failingEventId()).hasValue(poison);
            assertThat(failing.attempts()).isEqualTo(1);
            assertThat(failing.lastError()).hasValueSatisfying(error -> assertThat(error).contains("cannot digest poison"));
            assertThat(failing.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(1));
            assertThat(failing.behind()).isEqualTo(3);
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.deliverPendingEvents()).as("second attempt").isZero();
            clock.advance(Duration.ofSeconds(2));
            assertThat(engine.deliverPendingEvents()).as("third and last attempt parks it; the others follow").isEqualTo(2);
            assertThat(received).containsExactly("after-1", "after-2");

            List<ParkedEvent> parked = deliveries.parked("test.picky", 10);
            assertThat(parked).singleElement().satisfies(event -> {
                assertThat(event.event().id()).isEqualTo(poison);
                assertThat(event.attempts()).isEqualTo(3);
                assertThat(event.parkedBy()).isEqualTo("engine");
                assertThat(event.lastError()).hasValueSatisfying(error -> assertThat(error).contains("cannot digest"));
            });
            SubscriptionState afterParking = deliveries.subscription("test.picky").orElseThrow();
            assertThat(afterParking.isFailing()).isFalse();
            assertThat(afterParking.parked()).isEqualTo(1);
            assertThat(afterParking.behind()).isZero();

            deliveries.replayParked("test.picky", poison, OPERATOR);
            assertThat(engine.deliverPendingEvents()).as("replayed, still broken").isZero();
            assertThat(deliveries.parked("test.picky", 10)).singleElement().satisfies(event -> {
                assertThat(event.attempts()).isEqualTo(4);
                assertThat(event.replayRequested()).isFalse();
            });
            broken.set(false);
            deliveries.replayParked("test.picky", poison, OPERATOR);
            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            assertThat(received).containsExactly("after-1", "after-2", "poison");
            assertThat(deliveries.parked("test.picky", 10)).isEmpty();
        }
    }

    @EachDatabase
    void anOperatorRetriesAFailingSubscriptionNowOrParksItsEvent(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        AtomicBoolean broken = new AtomicBoolean(true);
        List<String> received = new CopyOnWriteArrayList<>();
        DomainEventListener listener = event -> {
            if (broken.get()) {
                throw new IllegalStateException("mail server down");
            }
            received.add(event.aggregateId());
        };
        try (Engine engine = node(db).clock(clock).plugin(listening("test.mails", listener)).build()) {
            EventDeliveries deliveries = engine.eventDeliveries();
            publish(engine, db, "first", "second", "third");
            engine.deliverPendingEvents();
            clock.advance(Duration.ofSeconds(1));
            engine.deliverPendingEvents();
            assertThat(deliveries.subscription("test.mails").orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));

            broken.set(false);
            assertThat(engine.deliverPendingEvents()).as("still in back-off").isZero();
            deliveries.retryNow("test.mails", OPERATOR);
            assertThat(engine.deliverPendingEvents()).isEqualTo(3);
            assertThat(received).containsExactly("first", "second", "third");

            broken.set(true);
            publish(engine, db, "fourth", "fifth");
            engine.deliverPendingEvents();
            assertThatThrownBy(() -> deliveries.parkFailing("test.nothing", OPERATOR)).hasMessageContaining("test.nothing");
            deliveries.parkFailing("test.mails", OPERATOR);
            broken.set(false);
            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            assertThat(received).containsExactly("first", "second", "third", "fifth");
            assertThat(deliveries.parked("test.mails", 10)).singleElement().satisfies(parked -> {
                assertThat(parked.event().aggregateId()).isEqualTo("fourth");
                assertThat(parked.parkedBy()).isEqualTo(OPERATOR.toString());
            });
            assertThatThrownBy(() -> deliveries.parkFailing("test.mails", OPERATOR))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("not retrying");
            deliveries.discardParked("test.mails", deliveries.parked("test.mails", 10).get(0).event().id(), OPERATOR);
            assertThat(deliveries.parked("test.mails", 10)).isEmpty();
        }
    }

    @EachDatabase
    void anOperatorRewindsASubscriptionAndForgetsOneNoNodeServes(TestDatabase db) throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (Engine old = node(db).plugin(listening("test.renamed", event -> { })).build()) {
            publish(old, db, "x");
        }
        try (Engine engine = node(db).plugin(listening("test.kept", recording(received))).build()) {
            List<Long> ids = publish(engine, db, "a", "b", "c");
            engine.deliverPendingEvents();
            EventDeliveries deliveries = engine.eventDeliveries();
            deliveries.rewind("test.kept", SubscriptionStart.afterEvent(ids.get(0)), OPERATOR);
            assertThat(engine.deliverPendingEvents()).isEqualTo(2);
            assertThat(received).containsExactly("a", "b", "c", "b", "c");

            assertThat(deliveries.subscriptions()).extracting(SubscriptionState::name).contains("test.kept", "test.renamed");
            SubscriptionState renamed = deliveries.subscription("test.renamed").orElseThrow();
            assertThat(renamed.servedHere()).isFalse();
            assertThat(renamed.behind()).as("x, a, b, c").isEqualTo(4);
            assertThat(deliveries.subscription("test.kept").orElseThrow().servedHere()).isTrue();
            assertThatThrownBy(() -> deliveries.forget("test.kept", OPERATOR)).isInstanceOf(ConflictException.class);
            deliveries.forget("test.renamed", OPERATOR);
            assertThat(deliveries.subscription("test.renamed")).isEmpty();
        }
    }

    /**
     * A session stores its last position in the update that gives its lease up. When an operator moves the subscription
     * during the session, that update finds the position moved and stores nothing: the operator's position stays, and
     * the lease is given up all the same, not left to run out.
     */
    @EachDatabase
    void anOperatorMovingASubscriptionDuringASessionKeepsItsPositionAndTheLeaseIsGivenUp(TestDatabase db) throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        List<Long> ids = new CopyOnWriteArrayList<>();
        Engine[] running = new Engine[1];
        DomainEventListener moving = event -> {
            received.add(event.aggregateId());
            if (event.aggregateId().equals("a")) {
                running[0].eventDeliveries().rewind("test.moved", SubscriptionStart.afterEvent(ids.get(2)), OPERATOR);
            }
        };
        try (Engine engine = node(db).plugin(listening("test.moved", moving)).build()) {
            running[0] = engine;
            ids.addAll(publish(engine, db, "a", "b", "c"));

            engine.deliverPendingEvents();

            assertThat(received).as("the session's batch; nothing follows the operator's position").containsExactly("a", "b", "c");
            SubscriptionState state = engine.eventDeliveries().subscription("test.moved").orElseThrow();
            assertThat(state.leasedBy()).as("the lease given up").isEmpty();
            assertThat(state.behind()).isZero();
        }
    }

    @EachDatabase
    void aSubscriptionHeldByANodeThatStoppedIsTakenOverOnceItsLeaseRunsOut(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        List<String> received = new CopyOnWriteArrayList<>();
        try (Engine engine = node(db).clock(clock).plugin(listening("test.taken", recording(received))).build()) {
            publish(engine, db, "a");
            Jdbi.create(db.dataSource()).useHandle(handle -> handle.createUpdate(
                    "UPDATE event_subscription SET lease_owner = 'crashed-node', lease_until = :until WHERE subscription = 'test.taken'")
                    .bind("until", clock.instant().plusSeconds(60).atOffset(ZoneOffset.UTC)).execute());

            assertThat(engine.deliverPendingEvents()).isZero();
            assertThat(engine.eventDeliveries().subscription("test.taken").orElseThrow().leasedBy()).hasValue("crashed-node");
            clock.advance(Duration.ofSeconds(61));
            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            assertThat(received).containsExactly("a");
        }
    }

    @EachDatabase
    void deliveriesPendingBeforeTheUpgradeAreDeliveredOnceAfterIt(TestDatabase db) {
        Flyway.configure().dataSource(db.dataSource()).locations(Migrations.ENGINE_LOCATION)
                .table(Migrations.ENGINE_HISTORY_TABLE).target("6").load().migrate();
        Jdbi jdbi = Jdbi.create(db.dataSource());
        OffsetDateTime then = Instant.parse("2026-01-05T10:00:00Z").atOffset(ZoneOffset.UTC);
        jdbi.useHandle(handle -> {
            for (String aggregate : List.of("delivered", "pending", "failing")) {
                handle.createUpdate("""
                        INSERT INTO domain_event (type, aggregate_type, aggregate_id, data, actor, occurred_at)
                        VALUES ('test.happened', 'test', :aggregate, '{}', 'system:test', :at)""")
                        .bind("aggregate", aggregate).bind("at", then).execute();
            }
            handle.createUpdate("""
                    INSERT INTO event_delivery (event_id, subscription, attempts, next_attempt_at, delivered_at, last_error)
                    SELECT id, 'test.legacy', CASE aggregate_id WHEN 'failing' THEN 2 ELSE 0 END, :at,
                           CASE aggregate_id WHEN 'delivered' THEN CAST(:at AS TIMESTAMP WITH TIME ZONE) END,
                           CASE aggregate_id WHEN 'failing' THEN 'mail server down' END
                    FROM domain_event""").bind("at", then).execute();
        });
        List<String> received = new CopyOnWriteArrayList<>();
        try (Engine engine = node(db).plugin(listening("test.legacy", recording(received))).build()) {
            assertThat(engine.eventDeliveries().parked("test.legacy", 10)).extracting(parked -> parked.event().aggregateId())
                    .containsExactly("pending", "failing");
            engine.deliverPendingEvents();
            assertThat(received).containsExactlyInAnyOrder("pending", "failing");
            assertThat(engine.eventDeliveries().parked("test.legacy", 10)).isEmpty();
            engine.deliverPendingEvents();
            assertThat(received).hasSize(2);
        }
    }
}

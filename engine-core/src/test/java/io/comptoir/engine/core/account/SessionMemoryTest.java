package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.EventRow;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.StatementCounter;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Jdbis;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A node answers the sessions it knows from memory; a session ended on this node is refused here at once, ended on another
 * node once the change feed brings that node's event, and, should the feed stall, once the session's slide is due.
 */
final class SessionMemoryTest {
    private static final Duration FEED = Duration.ofSeconds(20);

    @EachDatabase
    void aSessionResolvedOnceIsAnsweredWithoutAStatementUntilItsSlideIsDue(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        StatementCounter counter = new StatementCounter(db.dataSource());
        try (Engine first = AccountTests.engine(db, clock);
             Engine second = AccountTests.builder(db, clock).dataSource(counter.dataSource()).build()) {
            Session session = first.sessions().open(AccountTests.claire(first).id());
            // the account's registration reaches this node through the feed (it forgets the account's sessions): now,
            // not in the middle of the measure; a catch-up asked before the node's follower is ready does nothing, and
            // the follower would then apply it at a moment of its own
            assertThat(second.awaitSearchReady(Duration.ofSeconds(30))).as("the second node's follower ready").isTrue();
            second.refreshSearch();

            int before = counter.statements();
            assertThat(second.sessions().resolve(session.token())).contains(session);
            assertThat(counter.statements() - before).as("read on this node the first time").isPositive();

            before = counter.statements();
            assertThat(second.sessions().resolve(session.token())).contains(session);
            clock.advance(Duration.ofSeconds(59));
            assertThat(second.sessions().resolve(session.token())).contains(session);
            assertThat(counter.statements() - before).as("then answered from memory").isZero();

            clock.advance(Duration.ofSeconds(1));
            Session slid = second.sessions().resolve(session.token()).orElseThrow();
            assertThat(slid.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
            assertThat(counter.statements() - before).as("the slide: one guarded update").isEqualTo(1);
            assertThat(second.sessions().resolve(session.token())).contains(slid);
            assertThat(counter.statements() - before).isEqualTo(1);
        }
    }

    @EachDatabase
    void aSessionEndedOnAnotherNodeIsRefusedHereOnceTheChangeFeedBringsItsEvent(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine first = AccountTests.engine(db, clock); Engine second = AccountTests.engine(db, clock)) {
            AccountId claire = AccountTests.claire(first).id();
            AccountId paul = first.accounts().register("paul@example.org", PASSWORD, "Paul").id();
            Session signingOut = first.sessions().open(claire);
            Session phone = first.sessions().open(claire);
            Session laptop = first.sessions().open(claire);
            Session pauls = first.sessions().open(paul);
            for (Session session : List.of(signingOut, phone, laptop, pauls)) {
                assertThat(second.sessions().resolve(session.token())).as("kept by the other node").contains(session);
            }

            // the clock stands still: only the change feed can tell the other node
            first.sessions().close(signingOut.token());
            assertThat(first.sessions().resolve(signingOut.token())).as("at once on the node that closed it").isEmpty();
            await().atMost(FEED).pollInterval(Duration.ofMillis(20)).until(() -> second.sessions().resolve(signingOut.token()).isEmpty());
            assertThat(second.sessions().resolve(phone.token())).as("the account's other sessions go on").contains(phone);

            first.sessions().closeAll(claire);
            assertThat(first.sessions().resolve(phone.token())).isEmpty();
            await().atMost(FEED).pollInterval(Duration.ofMillis(20)).until(() -> second.sessions().resolve(phone.token()).isEmpty()
                    && second.sessions().resolve(laptop.token()).isEmpty());
            assertThat(second.sessions().resolve(pauls.token())).as("another account's session").contains(pauls);

            List<Map<String, Object>> events = AccountTests.dump(db, "domain_event");
            assertThat(events).filteredOn(row -> row.get("type").equals("account.signed_out"))
                    .extracting(row -> row.get("aggregate_id"), row -> row.get("data"))
                    .containsExactly(tuple(Long.toString(claire.value()), "{\"everywhere\":\"false\"}"),
                            tuple(Long.toString(claire.value()), "{\"everywhere\":\"true\"}"));
            assertThat(events.toString()).doesNotContain(signingOut.token(), Secrets.sha256(signingOut.token()), phone.token(),
                    Secrets.sha256(phone.token()));
        }
    }

    @EachDatabase
    void aPasswordChangeOrAnAccountClosedOnAnotherNodeEndsItsSessionsHereToo(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine first = AccountTests.engine(db, clock); Engine second = AccountTests.engine(db, clock)) {
            AccountId claire = AccountTests.claire(first).id();
            AccountId paul = first.accounts().register("paul@example.org", PASSWORD, "Paul").id();
            Session claires = first.sessions().open(claire);
            Session pauls = first.sessions().open(paul);
            assertThat(second.sessions().resolve(claires.token())).isPresent();
            assertThat(second.sessions().resolve(pauls.token())).isPresent();

            first.accounts().changePassword(claire, PASSWORD, "Potjevleesch et frites 59");
            assertThat(first.sessions().resolve(claires.token())).isEmpty();
            await().atMost(FEED).pollInterval(Duration.ofMillis(20)).until(() -> second.sessions().resolve(claires.token()).isEmpty());

            second.accounts().setActive(paul, false, ADMIN);
            assertThat(second.sessions().resolve(pauls.token())).as("closed on this node: at once").isEmpty();
            await().atMost(FEED).pollInterval(Duration.ofMillis(20)).until(() -> first.sessions().resolve(pauls.token()).isEmpty());
        }
    }

    @EachDatabase
    void anErasureOnAnotherNodeEndsTheSessionsHereToo(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine first = AccountTests.engine(db, clock); Engine second = AccountTests.engine(db, clock)) {
            AccountId claire = AccountTests.claire(first).id();
            Session session = first.sessions().open(claire);
            assertThat(second.sessions().resolve(session.token())).isPresent();

            first.privacy().erase(claire, ADMIN);
            assertThat(first.sessions().resolve(session.token())).isEmpty();
            await().atMost(FEED).pollInterval(Duration.ofMillis(20)).until(() -> second.sessions().resolve(session.token()).isEmpty());
        }
    }

    @EachDatabase
    void withoutTheChangeFeedASessionEndedElsewhereIsRefusedOnceItsSlideIsDue(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine first = AccountTests.engine(db, clock)) {
            // a node whose change feed stalled: nothing tells it of the other's events
            SessionStore stalled = new DatabaseSessionStore(Jdbis.create(db.dataSource()), clock, new OutboxEventPublisher(clock),
                    new CommitSignal(), new SessionMemory(), AccountSettings.defaults());
            Session session = first.sessions().open(AccountTests.claire(first).id());
            clock.advance(Duration.ofSeconds(10));
            assertThat(stalled.resolve(session.token())).contains(session);

            first.sessions().close(session.token());
            clock.advance(Duration.ofSeconds(49));
            assertThat(stalled.resolve(session.token())).as("kept, and its slide not due: at most a minute late").contains(session);
            clock.advance(Duration.ofSeconds(1));
            assertThat(stalled.resolve(session.token())).as("the slide is due: the update finds it closed").isEmpty();
        }
    }

    @EachDatabase
    void anotherNodesSlidePastTheExpiryKeptHereIsReadAgainAndTheDeadlinesStayExact(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine first = AccountTests.engine(db, clock); Engine second = AccountTests.engine(db, clock)) {
            Session session = first.sessions().open(AccountTests.claire(first).id());
            Instant opened = clock.instant();
            assertThat(second.sessions().resolve(session.token())).contains(session);

            // the shopper's requests all go to the first node for six days, a day at a time
            for (int day = 1; day <= 6; day++) {
                clock.advance(Duration.ofDays(1));
                assertThat(first.sessions().resolve(session.token())).isPresent();
            }
            clock.advance(Duration.ofDays(1));
            assertThat(second.sessions().resolve(session.token()).orElseThrow().expiresAt())
                    .as("past what the second node kept, but slid by the first").isEqualTo(clock.instant().plus(Duration.ofDays(7)));

            // the absolute deadline, to the microsecond, even while answered from memory
            Instant lastSlide = opened.plus(Duration.ofDays(30)).minusSeconds(30);
            while (clock.instant().plus(Duration.ofDays(6)).isBefore(lastSlide)) {
                clock.advance(Duration.ofDays(6));
                assertThat(second.sessions().resolve(session.token())).isPresent();
            }
            clock.advance(Duration.between(clock.instant(), lastSlide));
            assertThat(second.sessions().resolve(session.token()).orElseThrow().expiresAt()).isEqualTo(opened.plus(Duration.ofDays(30)));
            clock.advance(Duration.ofSeconds(30).minusNanos(1000));
            assertThat(second.sessions().resolve(session.token())).isPresent();
            clock.advance(Duration.ofNanos(1000));
            assertThat(second.sessions().resolve(session.token())).isEmpty();
            assertThat(first.sessions().resolve(session.token())).isEmpty();
        }
    }

    @EachDatabase
    void aSessionClosedOnThisNodeIsNeverAnsweredAfterTheCloseReturnedWhileThreadsResolveIt(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock); Engine other = AccountTests.engine(db, clock)) {
            AccountId claire = AccountTests.claire(engine).id();
            SessionStore sessions = engine.sessions();
            AtomicReference<Session> current = new AtomicReference<>();
            Set<String> closed = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<String> violations = new CopyOnWriteArrayList<>();
            int resolvers = 4;
            ExecutorService threads = Executors.newFixedThreadPool(resolvers);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < resolvers; t++) {
                workers.add(threads.submit(() -> {
                    while (running.get()) {
                        Session session = current.get();
                        if (session == null) {
                            continue;
                        }
                        boolean closedBefore = closed.contains(session.token());
                        if (sessions.resolve(session.token()).isPresent()) {
                            answered.incrementAndGet();
                            if (closedBefore) {
                                violations.add(session.token().substring(0, 6));
                            }
                        }
                    }
                    return null;
                }));
            }
            List<Session> all = new ArrayList<>();
            for (int round = 0; round < 100; round++) {
                // opened on the other node, so that this one reads it (and keeps it) while it is being closed; every
                // other round the sessions kept so far come due for their slide, so guarded updates race with it too
                Session session = other.sessions().open(claire);
                all.add(session);
                if (round % 2 == 0) {
                    clock.advance(Duration.ofSeconds(61));
                }
                int before = answered.get();
                current.set(session);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (answered.get() == before && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                sessions.close(session.token());
                closed.add(session.token());
            }
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();

            assertThat(violations).as("closed sessions answered after their close returned").isEmpty();
            assertThat(answered).as("the sessions were resolved meanwhile").hasValueGreaterThan(100);
            for (Session session : all) {
                assertThat(sessions.resolve(session.token())).isEmpty();
            }
        }
    }

    @Test
    void aReadThatOverlapsASignOutDoesNotKeepWhatItRead() {
        SessionMemory memory = new SessionMemory();
        SessionRow live = new SessionRow(7, "csrf", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
        long generation = memory.generation();
        // the sign-out commits and is forgotten while the read that saw the open row is still under way
        memory.forgetAccount(7);
        memory.keep(generation, "hash", live);
        assertThat(memory.get("hash")).isEmpty();

        memory.keep(memory.generation(), "hash", live);
        assertThat(memory.get("hash")).contains(live);
        generation = memory.generation();
        memory.forget("hash");
        memory.keep(generation, "hash", live);
        assertThat(memory.get("hash")).isEmpty();
    }

    @Test
    void anAccountEventOfTheChangeFeedForgetsEverySessionOfThatAccountOnly() {
        SessionMemory memory = new SessionMemory();
        SessionRow claires = new SessionRow(7, "a", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
        SessionRow pauls = new SessionRow(8, "b", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
        memory.keep(memory.generation(), "phone", claires);
        memory.keep(memory.generation(), "laptop", claires);
        memory.keep(memory.generation(), "pauls", pauls);

        memory.changed(List.of(new EventRow(1, "account.signed_out", "account", "7", "{}", "account:7", Instant.EPOCH),
                new EventRow(2, "merchant.profile_updated", "merchant", "8", "{}", "system:test", Instant.EPOCH)));

        assertThat(memory.get("phone")).isEmpty();
        assertThat(memory.get("laptop")).isEmpty();
        assertThat(memory.get("pauls")).contains(pauls);
    }

    @Test
    void pastItsBoundTheMemoryStartsOver() {
        SessionMemory memory = new SessionMemory(2);
        SessionRow row = new SessionRow(7, "a", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
        memory.keep(memory.generation(), "one", row);
        memory.keep(memory.generation(), "two", row);
        memory.keep(memory.generation(), "three", row);
        assertThat(memory.get("one")).isEmpty();
        assertThat(memory.get("three")).contains(row);
    }
}

package io.comptoir.engine.core.schedule;

import io.comptoir.engine.api.schedule.JobStatus;
import io.comptoir.plugin.kit.Dialect;
import io.comptoir.plugin.kit.Jdbis;
import io.comptoir.engine.core.persistence.Migrations;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The periodic-job scheduler survives jobs that throw anything (an {@link Error} included), records each job's last success
 * and failure for every node to see, and holds a running job's lease however long it runs, but no longer than a short lease
 * once its node is gone.
 */
final class JobSchedulerTest {

    @EachDatabase
    void aJobThatThrowsAnErrorDoesNotStopTheSchedulerAndItsFailureIsRecorded(TestDatabase database) throws InterruptedException {
        Jdbi jdbi = migrated(database);
        AtomicInteger healthy = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        try (JobScheduler scheduler = new JobScheduler(jdbi, Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofMillis(50))) {
            scheduler.register("test.broken", Duration.ofSeconds(1), () -> {
                broken.incrementAndGet();
                throw new StackOverflowError("deep down");
            });
            scheduler.register("test.healthy", Duration.ofSeconds(1), healthy::incrementAndGet);
            scheduler.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((healthy.get() < 3 || broken.get() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(broken.get()).as("the failing job ran again and again").isGreaterThanOrEqualTo(3);
            assertThat(healthy.get()).as("the other job kept running").isGreaterThanOrEqualTo(3);
            assertThat(scheduler.runningHere()).isTrue();

            Map<String, JobStatus> statuses = scheduler.statuses().stream().collect(Collectors.toMap(JobStatus::name, Function.identity()));
            JobStatus failing = statuses.get("test.broken");
            assertThat(failing.lastSuccess()).isEmpty();
            assertThat(failing.lastFailure()).isPresent();
            assertThat(failing.lastError()).contains("java.lang.StackOverflowError: deep down");
            assertThat(failing.consecutiveFailures()).isGreaterThanOrEqualTo(3);
            JobStatus fine = statuses.get("test.healthy");
            assertThat(fine.lastSuccess()).isPresent();
            assertThat(fine.lastFailure()).isEmpty();
            assertThat(fine.consecutiveFailures()).isZero();
            assertThat(fine.overdue()).isFalse();
        }
    }

    @EachDatabase
    void aJobThatNeverSucceedsIsOverdueForEveryNode(TestDatabase database) {
        Jdbi jdbi = migrated(database);
        io.comptoir.engine.testkit.MovableClock clock = new io.comptoir.engine.testkit.MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (JobScheduler node = new JobScheduler(jdbi, clock, Duration.ofSeconds(30), Duration.ofMillis(50));
             JobScheduler other = new JobScheduler(jdbi, clock, Duration.ofSeconds(30), Duration.ofMillis(50))) {
            node.register("test.failing", Duration.ofMinutes(1), () -> {
                throw new IllegalStateException("no bank");
            });
            other.register("test.failing", Duration.ofMinutes(1), () -> {
                throw new IllegalStateException("no bank");
            });
            assertThat(node.runDue()).isEqualTo(1);
            assertThat(other.statuses().get(0).overdue()).isFalse();
            clock.advance(Duration.ofMinutes(5));
            assertThat(other.runDue()).as("due again, on the other node").isEqualTo(1);
            JobStatus seenByTheFirst = node.statuses().get(0);
            assertThat(seenByTheFirst.overdue()).isTrue();
            assertThat(seenByTheFirst.consecutiveFailures()).isEqualTo(2);
            assertThat(seenByTheFirst.lastError()).contains("java.lang.IllegalStateException: no bank");
        }
    }

    @EachDatabase
    void aRunningJobKeepsItsLeaseBeyondTheLeaseTimeButADeadNodesLeaseEnds(TestDatabase database) throws InterruptedException {
        Jdbi jdbi = migrated(database);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Duration lease = Duration.ofMillis(600);
        try (JobScheduler slow = new JobScheduler(jdbi, Clock.systemUTC(), lease, Duration.ofMillis(50));
             JobScheduler other = new JobScheduler(jdbi, Clock.systemUTC(), lease, Duration.ofMillis(50))) {
            Runnable job = () -> {
                runs.incrementAndGet();
                started.countDown();
                try {
                    finish.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            slow.register("test.slow", Duration.ofSeconds(1), job);
            other.register("test.slow", Duration.ofSeconds(1), runs::incrementAndGet);
            Thread running = new Thread(slow::runDue);
            running.start();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(lease.toMillis() * 3);
            assertThat(other.runDue()).as("the lease was renewed while the job ran").isZero();
            finish.countDown();
            running.join();

            jdbi.useHandle(handle -> handle.execute("UPDATE scheduled_job SET locked_by = 'dead-node', locked_until = ?, last_run_at = NULL "
                    + "WHERE name = 'test.slow'", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plus(lease)));
            assertThat(other.runDue()).as("a dead node's lease has not ended yet").isZero();
            Thread.sleep(lease.toMillis() + 200);
            assertThat(other.runDue()).as("it has now").isEqualTo(1);
        }
    }

    private static Jdbi migrated(TestDatabase database) {
        new Migrations(database.dataSource(), Dialect.of(database.dataSource())).migrateEngine();
        return Jdbis.create(database.dataSource());
    }
}

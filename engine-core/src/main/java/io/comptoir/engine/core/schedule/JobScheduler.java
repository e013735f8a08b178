package io.comptoir.engine.core.schedule;

import io.comptoir.engine.core.support.Tokens;
import io.comptoir.plugin.kit.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/**
 * Periodic jobs run by one node at a time: a node runs a job only after taking its lease in {@code scheduled_job}
 * with a guarded update, so every node can try and exactly one wins. A node that dies mid-run holds the lease until it
 * ends ({@link #LEASE}), then another node runs the job.
 */
public final class JobScheduler implements AutoCloseable {
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private record Job(String name, Duration interval, Runnable task) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final String node = "node-" + Tokens.random(6);
    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread thread;

    public JobScheduler(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public void register(String name, Duration interval, Runnable task) {
        requireNonNull(name, "name is null");
        requireNonNull(interval, "interval is null");
        requireNonNull(task, "task is null");
        if (!name.matches("[a-z0-9][a-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException("job names are lower case, up to 100 characters: " + name);
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a job runs at most every second");
        }
        if (jobs.stream().anyMatch(job -> job.name().equals(name))) {
            throw new IllegalStateException("job " + name + " is already scheduled");
        }
        try {
            if (jdbi.withExtension(JobDao.class, dao -> dao.exists(name)) == 0) {
                jdbi.useExtension(JobDao.class, dao -> dao.insert(name));
            }
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
        jobs.add(new Job(name, interval, task));
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "comptoir-jobs");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                runDue();
                Thread.sleep(TICK.toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException e) {
                log.warn("Job round failed", e);
            }
        }
    }

    /** Runs, in this thread, every job that is due and whose lease this node wins; returns how many ran. */
    public int runDue() {
        int ran = 0;
        for (Job job : jobs) {
            Instant now = clock.instant();
            int claimed = jdbi.withExtension(JobDao.class, dao -> dao.claim(job.name(), node, now, now.minus(job.interval()), now.plus(LEASE)));
            if (claimed == 0) {
                continue;
            }
            try {
                job.task().run();
                ran++;
            }
            catch (RuntimeException e) {
                log.error("Job {} failed", job.name(), e);
            }
            finally {
                jdbi.useExtension(JobDao.class, dao -> dao.done(job.name(), node, clock.instant()));
            }
        }
        return ran;
    }

    @Override
    public void close() {
        Thread toStop;
        synchronized (this) {
            running = false;
            toStop = thread;
        }
        if (toStop != null) {
            toStop.interrupt();
            try {
                toStop.join(5000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package io.comptoir.engine.core.schedule;

import io.comptoir.engine.core.support.BackgroundThreads;
import io.comptoir.engine.api.schedule.JobStatus;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.engine.core.support.Tokens;
import io.comptoir.plugin.kit.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Periodic jobs run by one node at a time: a node runs a job only after taking its lease in {@code scheduled_job}
 * with a guarded update, so every node can try and exactly one wins. The lease is short (twice the job's interval, from
 * 10 s to {@link #LEASE}) and renewed while the job runs, so a node that dies mid-run holds the job no longer than that;
 * then another node (or the same one, restarted) runs it.
 *
 * <p>A run that throws anything at all — an exception or an {@link Error} — is recorded as a failure of that job and the
 * scheduler carries on; each job's last success and failure are kept in the database, so that {@link #statuses()} shows a
 * job no node manages to run.
 */
public final class JobScheduler implements ScheduledJobs, AutoCloseable {
    static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration SHORTEST_LEASE = Duration.ofSeconds(10);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int ERROR_LENGTH = 500;
    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private record Job(String name, Duration interval, Runnable task) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration lease;
    private final Duration tick;
    private final String node = "node-" + Tokens.random(6);
    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService leases;
    private volatile boolean running;
    private Thread thread;

    public JobScheduler(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, LEASE, TICK);
    }

    /** With another lease and tick (tests). */
    JobScheduler(Jdbi jdbi, Clock clock, Duration lease, Duration tick) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.lease = requireNonNull(lease, "lease is null");
        this.tick = requireNonNull(tick, "tick is null");
        this.leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread renewer = new Thread(runnable, "comptoir-job-leases");
            renewer.setDaemon(true);
            return renewer;
        });
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
                jdbi.useExtension(JobDao.class, dao -> dao.insert(name, clock.instant()));
            }
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
        jdbi.useExtension(JobDao.class, dao -> dao.registered(name, clock.instant()));
        jobs.add(new Job(name, interval, task));
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = BackgroundThreads.start("comptoir-jobs", this::loop);
    }

    private void loop() {
        while (running) {
            try {
                runDue();
            }
            catch (Throwable e) {
                // a database that does not answer, or worse: the next round tries again
                log.error("Job round failed", e);
            }
            try {
                Thread.sleep(tick.toMillis());
            }
            catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    /** Runs, in this thread, every job that is due and whose lease this node wins; returns how many ran. */
    public int runDue() {
        int ran = 0;
        for (Job job : jobs) {
            Instant now = clock.instant();
            int claimed = jdbi.withExtension(JobDao.class, dao -> dao.claim(job.name(), node, now, now.minus(job.interval()),
                    now.plus(leaseOf(job))));
            if (claimed == 1) {
                run(job);
                ran++;
            }
        }
        return ran;
    }

    /** Twice the job's interval, within bounds: a frequent job is not held up long by a node that died running it. */
    private Duration leaseOf(Job job) {
        Duration twice = job.interval().multipliedBy(2);
        Duration atLeast = twice.compareTo(SHORTEST_LEASE) < 0 ? SHORTEST_LEASE : twice;
        return atLeast.compareTo(lease) > 0 ? lease : atLeast;
    }

    private void run(Job job) {
        long renewEvery = Math.max(1, leaseOf(job).toMillis() / 3);
        ScheduledFuture<?> renewal = leases.scheduleAtFixedRate(() -> renew(job), renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        Throwable failure = null;
        try {
            job.task().run();
        }
        catch (Throwable e) {
            failure = e;
            log.error("Job {} failed", job.name(), e);
        }
        finally {
            renewal.cancel(false);
        }
        Instant now = clock.instant();
        if (failure == null) {
            jdbi.useExtension(JobDao.class, dao -> dao.succeeded(job.name(), node, now));
        }
        else {
            String error = describe(failure);
            jdbi.useExtension(JobDao.class, dao -> dao.failed(job.name(), node, now, error));
        }
    }

    private void renew(Job job) {
        try {
            if (jdbi.withExtension(JobDao.class, dao -> dao.renew(job.name(), node, clock.instant().plus(leaseOf(job)))) == 0) {
                log.warn("Job {} lost its lease while running", job.name());
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not renew the lease of job {}", job.name(), e);
        }
    }

    private static String describe(Throwable failure) {
        String text = failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    @Override
    public List<JobStatus> statuses() {
        Map<String, JobRow> rows = jdbi.withExtension(JobDao.class, JobDao::all).stream()
                .collect(Collectors.toMap(JobRow::name, Function.identity()));
        Instant now = clock.instant();
        List<JobStatus> statuses = new ArrayList<>();
        for (Job job : jobs) {
            Optional<JobRow> row = Optional.ofNullable(rows.get(job.name()));
            Optional<Instant> success = row.map(JobRow::lastSuccessAt);
            Instant since = success.or(() -> row.map(JobRow::registeredAt)).orElse(now);
            boolean overdue = since.plus(job.interval().multipliedBy(3)).plus(Duration.ofMinutes(1)).isBefore(now);
            statuses.add(new JobStatus(job.name(), job.interval(), success, row.map(JobRow::lastFailureAt), row.map(JobRow::lastError),
                    row.map(JobRow::consecutiveFailures).orElse(0), overdue));
        }
        statuses.sort((a, b) -> a.name().compareTo(b.name()));
        return statuses;
    }

    @Override
    public boolean runningHere() {
        Thread current = thread;
        return running && current != null && current.isAlive();
    }

    @Override
    public void close() {
        Thread toStop;
        synchronized (this) {
            running = false;
            toStop = thread;
        }
        BackgroundThreads.stop(toStop);
        leases.shutdownNow();
    }
}

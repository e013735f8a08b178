package io.comptoir.app.web;

import io.comptoir.engine.api.schedule.JobStatus;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import static java.util.Objects.requireNonNull;

/**
 * The periodic jobs at {@code /metrics}, per job: {@code comptoir_job_last_success_seconds} and
 * {@code comptoir_job_last_failure_seconds} (Unix time; NaN when it never happened), {@code comptoir_job_consecutive_failures}
 * and {@code comptoir_job_overdue} (1 when it has not succeeded for three intervals); and
 * {@code comptoir_job_scheduler_running} (1 while this node's scheduler runs). An alert on
 * {@code time() - comptoir_job_last_success_seconds} or on {@code comptoir_job_overdue == 1} finds a job nobody runs.
 * One scrape reads the jobs' table once: the gauges share a snapshot a second old at most.
 */
final class JobMetrics {
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ScheduledJobs jobs;
    private List<JobStatus> snapshot = List.of();
    private Instant takenAt = Instant.EPOCH;

    JobMetrics(ScheduledJobs jobs) {
        this.jobs = requireNonNull(jobs, "jobs is null");
    }

    void bindTo(MeterRegistry registry) {
        for (JobStatus job : jobs.statuses()) {
            gauge(registry, "comptoir.job.last.success.seconds", "When the job last succeeded (Unix time)", job.name(),
                    status -> seconds(status.lastSuccess()));
            gauge(registry, "comptoir.job.last.failure.seconds", "When a run of the job last failed (Unix time)", job.name(),
                    status -> seconds(status.lastFailure()));
            gauge(registry, "comptoir.job.consecutive.failures", "Runs of the job that failed in a row", job.name(),
                    JobStatus::consecutiveFailures);
            gauge(registry, "comptoir.job.overdue", "1 when the job has not succeeded for three of its intervals", job.name(),
                    status -> status.overdue() ? 1 : 0);
        }
        Gauge.builder("comptoir.job.scheduler.running", jobs, scheduled -> scheduled.runningHere() ? 1 : 0)
                .description("1 while this node's job scheduler runs").strongReference(true).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, String job, ToDoubleFunction<JobStatus> value) {
        Gauge.builder(name, this, metrics -> metrics.current().stream().filter(status -> status.name().equals(job)).findFirst()
                        .map(value::applyAsDouble).orElse(Double.NaN))
                .description(description).tag("job", job).strongReference(true).register(registry);
    }

    private synchronized List<JobStatus> current() {
        Instant now = Instant.now();
        if (takenAt.plus(FRESH).isBefore(now)) {
            snapshot = jobs.statuses();
            takenAt = now;
        }
        return snapshot;
    }

    private static double seconds(Optional<Instant> at) {
        return at.map(instant -> instant.toEpochMilli() / 1000.0).orElse(Double.NaN);
    }
}

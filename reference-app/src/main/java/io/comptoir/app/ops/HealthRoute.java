package io.comptoir.app.ops;

import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.schedule.JobStatus;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.search.ProductSearch;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code /health}: UP once the search index has been rebuilt at start-up, STARTING (503) before, so that a load
 * balancer sends shoppers only to nodes whose search sees the whole catalogue.
 *
 * <p>{@code /health?details=true} adds the periodic jobs: whether this node's scheduler runs, and for each job (whichever
 * node ran it) its last success and failure, the kind of error that failed it, and whether it is overdue (no success for
 * three intervals), so that a job nobody runs any more is seen. The status a load balancer reads does not depend on them: a
 * stuck job is a reason to alert, not to stop serving shoppers.
 *
 * <p>{@code /health?details=true} adds how mail leaves: {@code smtp} (sent through the SMTP server) or
 * {@code outbox-only} (kept in the database, not sent: no {@code SMTP_HOST}), and how many messages wait and have
 * failed. The server's address stays in the start-up log. The status a load balancer reads does not depend on mail:
 * failed mails are a reason to alert, not to stop serving shoppers.
 */
public final class HealthRoute {
    private final ProductSearch search;
    private final Optional<ScheduledJobs> jobs;
    private final MailOutbox mail;

    public record Health(String status) {
    }

    /** @param lastError the class of what the last failed run threw (its message stays in the logs) */
    public record Job(String name, long intervalSeconds, Instant lastSuccess, Instant lastFailure, String lastError,
                      int consecutiveFailures, boolean overdue) {
        static Job of(JobStatus status) {
            return new Job(status.name(), status.interval().toSeconds(), status.lastSuccess().orElse(null), status.lastFailure().orElse(null),
                    status.lastError().map(error -> error.split(":", 2)[0]).orElse(null), status.consecutiveFailures(), status.overdue());
        }
    }

    /** @param mode {@code smtp} or {@code outbox-only} */
    public record Mail(String mode, String note, long pending, long failed) {
        static Mail of(MailOutbox outbox) {
            Map<MailStatus, Long> counts = outbox.counts();
            boolean sent = outbox.transport().isPresent();
            return new Mail(sent ? "smtp" : "outbox-only", sent ? "mails are sent through the SMTP server; failed ones are listed at /admin/courriels"
                    : "mails are kept in the database outbox and not sent: SMTP_HOST is not set", counts.get(MailStatus.PENDING),
                    counts.get(MailStatus.FAILED));
        }
    }

    public record Details(String status, boolean schedulerRunning, List<Job> jobs, Mail mail) {
    }

    public HealthRoute(ProductSearch search, Optional<ScheduledJobs> jobs, MailOutbox mail) {
        this.search = requireNonNull(search, "search is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
        this.mail = requireNonNull(mail, "mail is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", this::health, AccessRole.ANYONE);
    }

    private void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String status = search.isReady() ? "UP" : "STARTING";
        if (!search.isReady()) {
            ctx.status(503);
        }
        if ("true".equals(ctx.queryParam("details"))) {
            ctx.json(new Details(status, jobs.map(ScheduledJobs::runningHere).orElse(false),
                    jobs.map(scheduled -> scheduled.statuses().stream().map(Job::of).toList()).orElse(List.of()), Mail.of(mail)));
        }
        else {
            ctx.json(new Health(status));
        }
    }
}

package io.comptoir.engine.api.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a periodic job has been running, on whichever node won its lease.
 *
 * @param interval how often it runs
 * @param lastSuccess when a run last finished without a failure
 * @param lastFailure when a run last ended by throwing
 * @param lastError what the last failed run threw (its class and message), kept until a run succeeds
 * @param consecutiveFailures how many runs in a row have failed (0 after a success)
 * @param overdue true when it has not succeeded for three of its intervals (and a minute) since it was first scheduled: no
 *        node runs it, or every run fails. Operators alert on it.
 */
public record JobStatus(String name, Duration interval, Optional<Instant> lastSuccess, Optional<Instant> lastFailure,
                        Optional<String> lastError, int consecutiveFailures, boolean overdue) {
    public JobStatus {
        requireNonNull(name, "name is null");
        requireNonNull(interval, "interval is null");
        requireNonNull(lastSuccess, "lastSuccess is null");
        requireNonNull(lastFailure, "lastFailure is null");
        requireNonNull(lastError, "lastError is null");
    }
}

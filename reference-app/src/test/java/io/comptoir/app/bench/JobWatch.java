package io.comptoir.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Watches the periodic jobs of every node through their table ({@code scheduled_job}), every {@value #POLL_MILLIS} ms:
 * each change of a job's last run (its end) is one run, whichever node ran it (a job's runs are at least its interval
 * apart, so none is missed at this pace); a node taking the job's lease is the start of a run, when the run lasts long
 * enough to be seen; a change of the node holding the lease while no run ended is a lease taken over. Then says, for
 * each job, whether it ran once per period: never twice within its interval (end to end), and never waited longer than a
 * node's death can explain before the next run began (its interval, then the lease of a node that died running it —
 * twice the interval, from 10 s to a minute — and a few seconds of the scheduler's tick on a busy machine).
 */
final class JobWatch {
    private static final long POLL_MILLIS = 250;
    /** A scheduler's tick, the time a run takes on a busy machine, and this watch's own pace. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    /** What one look at a job's row showed. */
    private record Look(Instant lastRun, String lockedBy, int failures) {
    }

    /** A run: when its lease was seen taken (its end when the run was too short to be seen), and when it ended. */
    private record Run(Instant start, Instant end) {
    }

    /** One job's history as watched. */
    private static final class History {
        final List<Run> runs = new ArrayList<>();
        /** When the lease of the run under way was seen taken. */
        Instant claimed;
        int takeovers;
        int failedRuns;
        Look last;
    }

    /**
     * What the watch concludes for a job: its runs, the shortest time between the ends of two runs, the longest wait from
     * the end of a run to the start of the next (or to the end of the watch), the longest run seen.
     */
    record Verdict(String job, Duration interval, int runs, Duration shortestGap, Duration longestWait, Duration longestRun, int takeovers,
                   int failedRuns, boolean ok) {
    }

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, History> histories = new TreeMap<>();
    private volatile boolean running = true;
    private Thread thread;
    private Instant ended;

    JobWatch(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            look(connection, true);
        }
        thread = new Thread(this::run, "job-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching after one last look. */
    void stop() throws InterruptedException {
        running = false;
        thread.join();
        ended = Instant.now();
    }

    private void run() {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            while (running) {
                look(connection, false);
                Thread.sleep(POLL_MILLIS);
            }
            look(connection, false);
        }
        catch (SQLException e) {
            throw new IllegalStateException("watching the jobs failed", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void look(Connection connection, boolean first) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, last_run_at, locked_by, consecutive_failures FROM scheduled_job");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Timestamp lastRun = rows.getTimestamp(2);
                Look look = new Look(lastRun == null ? null : lastRun.toInstant(), rows.getString(3), rows.getInt(4));
                History history = histories.computeIfAbsent(rows.getString(1), name -> new History());
                Look before = history.last;
                history.last = look;
                if (first || before == null) {
                    if (look.lastRun() != null) {
                        history.runs.add(new Run(look.lastRun(), look.lastRun()));
                    }
                    continue;
                }
                if (!Objects.equals(before.lastRun(), look.lastRun())) {
                    history.runs.add(new Run(history.claimed == null ? look.lastRun() : history.claimed, look.lastRun()));
                    history.claimed = look.lockedBy() == null ? null : Instant.now();
                    if (look.failures() > 0) {
                        history.failedRuns++;
                    }
                }
                else if (before.lockedBy() != null && look.lockedBy() != null && !before.lockedBy().equals(look.lockedBy())) {
                    history.takeovers++;
                }
                else if (before.lockedBy() == null && look.lockedBy() != null) {
                    history.claimed = Instant.now();
                }
            }
        }
    }

    /**
     * For each job of {@code intervals}: its runs since the watch began (the run before it counts as the first one's
     * predecessor, and a run not begun by the end of the watch as waiting until then).
     */
    synchronized List<Verdict> verdicts(Map<String, Duration> intervals) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, Duration> job : new LinkedHashMap<>(intervals).entrySet()) {
            History history = histories.getOrDefault(job.getKey(), new History());
            Duration interval = job.getValue();
            // as the scheduler leases a job (JobScheduler.leaseOf)
            Duration lease = clamp(interval.multipliedBy(2), Duration.ofSeconds(10), Duration.ofMinutes(1));
            Duration shortest = null;
            Duration longestWait = Duration.ZERO;
            Duration longestRun = Duration.ZERO;
            List<Run> runs = history.runs;
            for (int i = 1; i < runs.size(); i++) {
                shortest = min(shortest, Duration.between(runs.get(i - 1).end(), runs.get(i).end()));
                longestWait = max(longestWait, Duration.between(runs.get(i - 1).end(), runs.get(i).start()));
                longestRun = max(longestRun, Duration.between(runs.get(i).start(), runs.get(i).end()));
            }
            if (!runs.isEmpty()) {
                Instant next = history.claimed == null ? ended : history.claimed;
                longestWait = max(longestWait, Duration.between(runs.get(runs.size() - 1).end(), next));
            }
            boolean ok = !runs.isEmpty() && history.failedRuns == 0 && (shortest == null || shortest.compareTo(interval) >= 0)
                         && longestWait.compareTo(interval.plus(lease).plus(SLACK)) <= 0;
            verdicts.add(new Verdict(job.getKey(), interval, Math.max(0, runs.size() - 1), shortest, longestWait, longestRun, history.takeovers,
                    history.failedRuns, ok));
        }
        return verdicts;
    }

    private static Duration min(Duration a, Duration b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static Duration max(Duration a, Duration b) {
        return b.compareTo(a) > 0 ? b : a;
    }

    private static Duration clamp(Duration value, Duration least, Duration most) {
        return value.compareTo(least) < 0 ? least : value.compareTo(most) > 0 ? most : value;
    }
}

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
 * each change of a job's last run is one run (whichever node ran it: a job's runs are at least its interval apart, so none
 * is missed at this pace), and each change of the node holding its lease while no run ended is a lease taken over. Then
 * says, for each job, whether it ran once per period: never twice within its interval, and never skipped a period for
 * longer than a node's death can explain (its lease, twice the interval from 10 s to a minute, then the next tick).
 */
final class JobWatch {
    private static final long POLL_MILLIS = 250;
    /** A scheduler's tick, the time a run takes on a busy machine, and this watch's own pace. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    /** What one look at a job's row showed. */
    private record Look(Instant lastRun, String lockedBy, int failures) {
    }

    /** One job's history as watched. */
    private static final class History {
        final List<Instant> runs = new ArrayList<>();
        int takeovers;
        int failedRuns;
        Look last;
    }

    /** What the watch concludes for a job. */
    record Verdict(String job, Duration interval, int runs, Duration shortestGap, Duration longestGap, int takeovers, int failedRuns,
                   boolean ok) {
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
                        history.runs.add(look.lastRun());
                    }
                    continue;
                }
                if (!Objects.equals(before.lastRun(), look.lastRun())) {
                    history.runs.add(look.lastRun());
                    if (look.failures() > 0) {
                        history.failedRuns++;
                    }
                }
                else if (before.lockedBy() != null && look.lockedBy() != null && !before.lockedBy().equals(look.lockedBy())) {
                    history.takeovers++;
                }
            }
        }
    }

    /**
     * For each job of {@code intervals}: its runs since the watch began (the run before counts as the first gap's start,
     * and the time from the last run to the end of the watch as the last gap).
     */
    synchronized List<Verdict> verdicts(Map<String, Duration> intervals) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, Duration> job : new LinkedHashMap<>(intervals).entrySet()) {
            History history = histories.getOrDefault(job.getKey(), new History());
            Duration interval = job.getValue();
            // as the scheduler leases a job (JobScheduler.leaseOf)
            Duration lease = clamp(interval.multipliedBy(2), Duration.ofSeconds(10), Duration.ofMinutes(1));
            Duration shortest = null;
            Duration longest = null;
            for (int i = 1; i < history.runs.size(); i++) {
                Duration gap = Duration.between(history.runs.get(i - 1), history.runs.get(i));
                shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
                longest = longest == null || gap.compareTo(longest) > 0 ? gap : longest;
            }
            if (!history.runs.isEmpty()) {
                Duration trailing = Duration.between(history.runs.get(history.runs.size() - 1), ended);
                longest = longest == null || trailing.compareTo(longest) > 0 ? trailing : longest;
            }
            boolean ok = !history.runs.isEmpty() && history.failedRuns == 0 && (shortest == null || shortest.compareTo(interval) >= 0)
                         && (longest == null || longest.compareTo(interval.plus(lease).plus(SLACK)) <= 0);
            verdicts.add(new Verdict(job.getKey(), interval, Math.max(0, history.runs.size() - 1), shortest, longest, history.takeovers,
                    history.failedRuns, ok));
        }
        return verdicts;
    }

    private static Duration clamp(Duration value, Duration least, Duration most) {
        return value.compareTo(least) < 0 ? least : value.compareTo(most) > 0 ? most : value;
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.core.support.ConfigValues;

import java.time.Duration;
import java.util.Map;

/**
 * How events are delivered, read from the engine's properties; every one is optional:
 * <ul>
 *   <li>{@code events.threads} (default 4, 1 to 64): how many subscriptions this node delivers to at once. Each
 *       subscription is delivered by one thread at a time, so a slow listener holds back only its own subscription.</li>
 *   <li>{@code events.lease} (default {@code PT60S}, ISO-8601, at least {@code PT0.3S}): how long a node's claim on a
 *       subscription lasts; the node renews it every third of that while its listener runs, so only a node that stops
 *       (crash, pause) for longer lets another node deliver the same events again.</li>
 *   <li>{@code events.max-attempts} (default 12, 1 to 100): after that many failed attempts at one event (back-off 1 s,
 *       2 s, 4 s… up to an hour between attempts: about 34 minutes in all with the default), the event is parked and the
 *       subscription goes on.</li>
 *   <li>{@code events.poll-interval} (default {@code PT0.5S}): how often a node looks for events committed by other
 *       nodes; its own commits wake it at once.</li>
 *   <li>{@code events.batch-window} (default {@code PT0.2S}, {@code PT0S} to {@code PT5S}): under a stream of commits,
 *       a node starts a delivery round at most once per window (a window longer than the poll interval counts as the
 *       poll interval), so each round gathers the events of many commits and a subscription's claim, read and release
 *       are paid per batch, not per commit. Only rounds that had work count: after a quiet spell, the next commit's
 *       round starts at once.</li>
 * </ul>
 */
record EventSettings(int threads, Duration lease, int maxAttempts, Duration pollInterval, Duration batchWindow) {
    static final String PREFIX = "events.";

    EventSettings {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException(PREFIX + "threads must be between 1 and 64");
        }
        if (lease.compareTo(Duration.ofMillis(300)) < 0) {
            throw new IllegalArgumentException(PREFIX + "lease must be at least PT0.3S");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException(PREFIX + "max-attempts must be between 1 and 100");
        }
        if (pollInterval.compareTo(Duration.ofMillis(10)) < 0 || pollInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException(PREFIX + "poll-interval must be between PT0.01S and PT1M");
        }
        if (batchWindow.isNegative() || batchWindow.compareTo(Duration.ofSeconds(5)) > 0) {
            throw new IllegalArgumentException(PREFIX + "batch-window must be between PT0S and PT5S");
        }
    }

    /** How long after the start of a round that delivered something the next one may start. */
    Duration roundSpacing() {
        return batchWindow.compareTo(pollInterval) < 0 ? batchWindow : pollInterval;
    }

    static EventSettings from(Map<String, String> properties) {
        return new EventSettings(integer(properties, "threads", 4), duration(properties, "lease", Duration.ofSeconds(60)),
                integer(properties, "max-attempts", 12), duration(properties, "poll-interval", Duration.ofMillis(500)),
                duration(properties, "batch-window", Duration.ofMillis(200)));
    }

    /** The delay before the next attempt after {@code failures} failed ones: 1 s, 2 s, 4 s… capped at one hour. */
    static Duration backOff(int failures) {
        long seconds = 1L << Math.min(Math.max(failures - 1, 0), 12);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    private static int integer(Map<String, String> properties, String name, int fallback) {
        return ConfigValues.integer(properties, PREFIX + name, fallback);
    }

    private static Duration duration(Map<String, String> properties, String name, Duration fallback) {
        return ConfigValues.duration(properties, PREFIX + name, fallback, "PT60S");
    }
}

package io.comptoir.engine.core.mail;

import io.comptoir.engine.core.support.ConfigValues;

import java.time.Duration;
import java.util.Map;

/**
 * How the relay sends the outbox, read from the engine's properties; every one is optional:
 * <ul>
 *   <li>{@code mail.max-attempts} (default 8, 1 to 50): after that many failed attempts a message is marked FAILED;</li>
 *   <li>{@code mail.retry-delay} (default {@code PT30S}): the wait after the first failure, doubled after each
 *       following one and capped at an hour (with the defaults: 30 s, 1, 2, 4, 8, 16, 32 min, about an hour in all);</li>
 *   <li>{@code mail.lease} (default {@code PT5M}): how long a node's claim on a message lasts. It must outlast one
 *       attempt (the SMTP transport gives up after 30 s): only a node that died or stalled lets another send again;</li>
 *   <li>{@code mail.poll-interval} (default {@code PT2S}): how often a node looks for messages others wrote.</li>
 * </ul>
 */
public record MailSettings(int maxAttempts, Duration retryDelay, Duration lease, Duration pollInterval) {
    static final String PREFIX = "mail.";
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    public MailSettings {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException(PREFIX + "max-attempts must be between 1 and 50");
        }
        if (retryDelay.isNegative() || retryDelay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(PREFIX + "retry-delay must be between PT0S and PT1H");
        }
        if (lease.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException(PREFIX + "lease must be at least PT0.1S");
        }
        if (pollInterval.compareTo(Duration.ofMillis(10)) < 0 || pollInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException(PREFIX + "poll-interval must be between PT0.01S and PT1M");
        }
    }

    public static MailSettings from(Map<String, String> properties) {
        return new MailSettings(ConfigValues.integer(properties, PREFIX + "max-attempts", 8),
                ConfigValues.duration(properties, PREFIX + "retry-delay", Duration.ofSeconds(30), "PT30S"),
                ConfigValues.duration(properties, PREFIX + "lease", Duration.ofMinutes(5), "PT5M"),
                ConfigValues.duration(properties, PREFIX + "poll-interval", Duration.ofSeconds(2), "PT2S"));
    }

    /** The wait after {@code failures} failed attempts: the retry delay, doubled after each failure, capped at an hour. */
    Duration backOff(int failures) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}

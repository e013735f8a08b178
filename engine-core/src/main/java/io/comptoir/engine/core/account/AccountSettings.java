package io.comptoir.engine.core.account;

import io.comptoir.engine.core.support.ConfigValues;

import java.time.Duration;
import java.util.Map;

/**
 * How accounts and sessions are tuned, read from the engine's properties ({@code Engine.builder().property(...)}).
 * Every property is optional:
 * <ul>
 *   <li>{@code accounts.argon2-memory-kib} (default 19456, i.e. 19 MiB), {@code accounts.argon2-iterations} (default 2),
 *       {@code accounts.argon2-parallelism} (default 1): the Argon2id cost of new password hashes, OWASP's first
 *       recommendation. Tests lower them (e.g. 1024 KiB, 1 iteration) to stay fast. Hashes made with other
 *       parameters still verify, and are upgraded at the next successful sign-in.</li>
 *   <li>{@code accounts.argon2-max-concurrent} (default: the number of processors): how many hashes may run at
 *       once, so that a burst of sign-ins queues instead of taking {@code memory × requests} of heap.</li>
 *   <li>{@code accounts.session-idle-timeout} (default {@code P7D}) and {@code accounts.session-max-age} (default
 *       {@code P30D}), ISO-8601 durations: a session ends after that long unused, and in any case that long after
 *       sign-in.</li>
 * </ul>
 */
public record AccountSettings(int argon2MemoryKib, int argon2Iterations, int argon2Parallelism, int maxConcurrentHashes,
                              Duration sessionIdleTimeout, Duration sessionMaxAge) {
    public static final String PREFIX = "accounts.";

    public AccountSettings {
        if (argon2Parallelism < 1 || argon2Parallelism > 16) {
            throw new IllegalArgumentException(PREFIX + "argon2-parallelism must be between 1 and 16");
        }
        if (argon2MemoryKib < 8 * argon2Parallelism || argon2MemoryKib > 4 * 1024 * 1024) {
            throw new IllegalArgumentException(PREFIX + "argon2-memory-kib must be between 8 × parallelism and 4 GiB");
        }
        if (argon2Iterations < 1 || argon2Iterations > 100) {
            throw new IllegalArgumentException(PREFIX + "argon2-iterations must be between 1 and 100");
        }
        if (maxConcurrentHashes < 1) {
            throw new IllegalArgumentException(PREFIX + "argon2-max-concurrent must be at least 1");
        }
        if (sessionIdleTimeout.compareTo(Duration.ofMinutes(5)) < 0 || sessionMaxAge.compareTo(sessionIdleTimeout) < 0) {
            throw new IllegalArgumentException(PREFIX + "session-idle-timeout must be at least 5 minutes and at most "
                    + PREFIX + "session-max-age");
        }
    }

    public static AccountSettings defaults() {
        return from(Map.of());
    }

    public static AccountSettings from(Map<String, String> properties) {
        return new AccountSettings(
                integer(properties, "argon2-memory-kib", 19_456),
                integer(properties, "argon2-iterations", 2),
                integer(properties, "argon2-parallelism", 1),
                integer(properties, "argon2-max-concurrent", Runtime.getRuntime().availableProcessors()),
                duration(properties, "session-idle-timeout", Duration.ofDays(7)),
                duration(properties, "session-max-age", Duration.ofDays(30)));
    }

    private static int integer(Map<String, String> properties, String name, int fallback) {
        return ConfigValues.integer(properties, PREFIX + name, fallback);
    }

    private static Duration duration(Map<String, String> properties, String name, Duration fallback) {
        return ConfigValues.duration(properties, PREFIX + name, fallback, "P7D");
    }
}

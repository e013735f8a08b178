package io.comptoir.engine.api.throttle;

import java.time.Duration;

/**
 * Makes {@link AttemptLimit}s. The engine's own sign-in throttle is one; a plugin finds this service with
 * {@code context.service(AttemptLimits.class)} and makes its limits in {@code initialize}. The counts live in the
 * engine's database, so every node of a deployment sees the same ones; subjects are stored as SHA-256 hashes (the
 * table holds neither addresses nor e-mails); counts older than the longest window are purged periodically.
 */
public interface AttemptLimits {

    /**
     * A limit of {@code attempts} per subject within {@code window}.
     *
     * @param name stable and unique to the kind of attempt, e.g. {@code vouchers.wrong-code}: subjects are counted per
     *         name, so two limits of different names never share a count
     */
    AttemptLimit limit(String name, int attempts, Duration window);
}

package io.comptoir.engine.core.payment.sandbox;

import io.comptoir.engine.core.support.Tokens;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How the sandbox card processor behaves, from engine properties:
 * <ul>
 *   <li>{@code sandbox-card.webhook-url}: where it posts its signed webhooks, e.g.
 *       {@code http://localhost:7070/api/v1/payments/sandbox-card/webhook}; unset, it hands them to the engine in
 *       process (still signed and verified);</li>
 *   <li>{@code sandbox-card.secret}: the signing secret, shared by every node (unset: a random one, single node only);</li>
 *   <li>{@code sandbox-card.webhook-delay-ms}: how long the "bank" takes to answer (default 200);</li>
 *   <li>{@code sandbox-card.duplicate-webhooks}: {@code true} to send every webhook twice, as real processors sometimes do.</li>
 * </ul>
 */
record SandboxSettings(Optional<URI> webhookUrl, String secret, Duration delay, boolean duplicates) {
    SandboxSettings {
        requireNonNull(webhookUrl, "webhookUrl is null");
        requireNonNull(secret, "secret is null");
        requireNonNull(delay, "delay is null");
    }

    static SandboxSettings from(Map<String, String> properties) {
        return new SandboxSettings(
                Optional.ofNullable(properties.get("sandbox-card.webhook-url")).filter(url -> !url.isBlank()).map(URI::create),
                Optional.ofNullable(properties.get("sandbox-card.secret")).filter(secret -> !secret.isBlank()).orElseGet(() -> Tokens.random(32)),
                Duration.ofMillis(Long.parseLong(properties.getOrDefault("sandbox-card.webhook-delay-ms", "200"))),
                Boolean.parseBoolean(properties.getOrDefault("sandbox-card.duplicate-webhooks", "false")));
    }
}

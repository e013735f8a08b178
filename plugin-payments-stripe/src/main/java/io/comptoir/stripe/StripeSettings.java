package io.comptoir.stripe;

import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.stripe.book.Commission;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The plugin's configuration, read from the engine properties {@code stripe.<name>} (the reference app fills them from
 * {@code STRIPE_*} environment variables). Card payments are offered only when both the secret key and the webhook
 * secret are given; without them the plugin keeps its tables and answers that Stripe is not configured.
 * <pre>
 * secret-key               (none)    the platform's secret API key, sk_test_… or sk_live_… (rk_… restricted keys work too)
 * webhook-secret           (none)    the signing secret(s) of the webhook endpoint(s), whsec_…, comma-separated: the
 *                                    platform endpoint's and the Connect endpoint's (account.updated comes on the latter)
 * commission-percent       0         what the territory keeps of each shop's card share, 0 to 100 with at most two
 *                                    decimals; rounded down to the cent, in the shop's favour
 * api-base                 https://api.stripe.com   where the SDK sends its requests: only to point it at a test server
 * return-url               (none)    where Stripe Checkout sends the shopper back, {order} replaced by the order's id,
 *                                    e.g. https://market.example/commandes/{order}
 * cancel-url               return-url  where it sends a shopper who gave up, {order} likewise
 * account-country          FR        the country of the shops' Express accounts
 * session-minutes          60        how long a Checkout Session stays open (31 to 1440: Stripe accepts 30 minutes to 24
 *                                    hours, and the clocks may differ); the engine gives up on an unpaid order after 15
 *                                    minutes and closes its session then
 * capture-margin-hours     24        how long before the card hold lapses the accepted parts are captured anyway
 * job-interval-minutes     5         how often due captures and transfers are retried
 * webhook-tolerance-seconds 300      how old a webhook's signed timestamp may be
 * </pre>
 */
public record StripeSettings(Optional<String> secretKey, List<String> webhookSecrets, Commission commission, String apiBase,
                             Optional<String> returnUrl, Optional<String> cancelUrl, String accountCountry, Duration sessionLifetime,
                             Duration captureMargin, Duration jobInterval, Duration webhookTolerance) {
    public static final String DEFAULT_API_BASE = "https://api.stripe.com";

    public StripeSettings {
        requireNonNull(secretKey, "secretKey is null");
        webhookSecrets = List.copyOf(requireNonNull(webhookSecrets, "webhookSecrets is null"));
        requireNonNull(commission, "commission is null");
        requireNonNull(apiBase, "apiBase is null");
        requireNonNull(returnUrl, "returnUrl is null");
        requireNonNull(cancelUrl, "cancelUrl is null");
        requireNonNull(accountCountry, "accountCountry is null");
        requireNonNull(sessionLifetime, "sessionLifetime is null");
        requireNonNull(captureMargin, "captureMargin is null");
        requireNonNull(jobInterval, "jobInterval is null");
        requireNonNull(webhookTolerance, "webhookTolerance is null");
        if (secretKey.isPresent() && !webhookSecrets.isEmpty() && returnUrl.isEmpty()) {
            throw new IllegalArgumentException("stripe.return-url is required with a secret key: where Stripe Checkout sends the shopper back");
        }
    }

    /** Whether card payments through Stripe can be offered: a secret key and a webhook secret are set. */
    public boolean configured() {
        return secretKey.isPresent() && !webhookSecrets.isEmpty();
    }

    static StripeSettings from(PluginContext context) {
        Optional<String> secretKey = text(context, "secret-key");
        secretKey.ifPresent(key -> {
            if (!key.matches("(sk|rk)_(test|live)_[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("stripe.secret-key must be a Stripe secret key (sk_test_…, sk_live_…): it is not");
            }
        });
        List<String> secrets = text(context, "webhook-secret").map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList()).orElse(List.of());
        secrets.forEach(secret -> {
            if (!secret.startsWith("whsec_")) {
                throw new IllegalArgumentException("stripe.webhook-secret holds endpoint signing secrets (whsec_…), comma-separated");
            }
        });
        Commission commission = text(context, "commission-percent").map(Commission::parsePercent).orElse(Commission.NONE);
        String apiBase = text(context, "api-base").map(StripeSettings::httpUrl).orElse(DEFAULT_API_BASE);
        Optional<String> returnUrl = text(context, "return-url").map(StripeSettings::httpUrl);
        Optional<String> cancelUrl = text(context, "cancel-url").map(StripeSettings::httpUrl);
        String country = text(context, "account-country").orElse("FR");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("stripe.account-country is a two-letter country code, e.g. FR");
        }
        return new StripeSettings(secretKey, secrets, commission, apiBase, returnUrl, cancelUrl, country,
                Duration.ofMinutes(number(context, "session-minutes", 60, 31, 1440)),
                Duration.ofHours(number(context, "capture-margin-hours", 24, 1, 120)),
                Duration.ofMinutes(number(context, "job-interval-minutes", 5, 1, 1440)),
                Duration.ofSeconds(number(context, "webhook-tolerance-seconds", 300, 1, 3600)));
    }

    private static Optional<String> text(PluginContext context, String name) {
        return context.property(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * Where Stripe's pages are: Checkout and the Connect onboarding on Stripe's own hosts, or the test server that stands for
     * Stripe when {@code api-base} points the SDK at one (its pages are served from the same origin).
     */
    public List<String> pageOrigins() {
        if (DEFAULT_API_BASE.equals(apiBase)) {
            return List.of("https://checkout.stripe.com", "https://connect.stripe.com");
        }
        URI uri = URI.create(apiBase);
        return List.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }

    private static String httpUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.replace("{order}", "0"));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + value, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("an http(s) URL is expected: " + value);
        }
        return value.endsWith("/") && !value.contains("{order}") ? value.substring(0, value.length() - 1) : value;
    }

    private static long number(PluginContext context, String name, long fallback, long min, long max) {
        Optional<String> value = text(context, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.get());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("stripe." + name + " must be a whole number from " + min + " to " + max + ": " + value.get(), e);
        }
    }
}

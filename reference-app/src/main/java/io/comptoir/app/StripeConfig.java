package io.comptoir.app;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Card payments through Stripe Connect ({@code plugin-payments-stripe}), from the environment: {@code STRIPE_SECRET_KEY}
 * and {@code STRIPE_WEBHOOK_SECRET} (both, or neither: the method is offered only when both are set),
 * {@code STRIPE_COMMISSION_PERCENT} (0 by default) and {@code STRIPE_API_BASE} (only to point the SDK at a test server).
 *
 * @param webhookSecrets the endpoints' signing secrets, comma-separated
 */
public record StripeConfig(String secretKey, String webhookSecrets, String commissionPercent, Optional<URI> apiBase) {
    public StripeConfig {
        requireNonNull(secretKey, "secretKey is null");
        requireNonNull(webhookSecrets, "webhookSecrets is null");
        requireNonNull(commissionPercent, "commissionPercent is null");
        requireNonNull(apiBase, "apiBase is null");
    }

    /** The plugin's engine properties ({@code stripe.*}). */
    public Map<String, String> engineProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("stripe.secret-key", secretKey);
        properties.put("stripe.webhook-secret", webhookSecrets);
        properties.put("stripe.commission-percent", commissionPercent);
        apiBase.ifPresent(base -> properties.put("stripe.api-base", base.toString()));
        return properties;
    }

    /** Reads the variables; empty when Stripe is not configured. Each wrong variable adds one line to {@code problems}. */
    static Optional<StripeConfig> read(Function<String, Optional<String>> env, List<String> problems) {
        Optional<String> key = env.apply("STRIPE_SECRET_KEY");
        Optional<String> secrets = env.apply("STRIPE_WEBHOOK_SECRET");
        Optional<String> commission = env.apply("STRIPE_COMMISSION_PERCENT");
        Optional<String> apiBase = env.apply("STRIPE_API_BASE");
        int before = problems.size();
        if (key.isPresent() && !key.get().matches("(sk|rk)_(test|live)_[A-Za-z0-9]+")) {
            problems.add("STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_…, sk_live_… or a restricted rk_…), got '"
                    + key.get().substring(0, Math.min(8, key.get().length())) + "…'");
        }
        if (secrets.isPresent() && !List.of(secrets.get().split(",")).stream().map(String::strip).allMatch(s -> s.matches("whsec_[A-Za-z0-9]+"))) {
            problems.add("STRIPE_WEBHOOK_SECRET must be the webhook endpoints' signing secrets (whsec_…), separated by commas");
        }
        if (key.isPresent() != secrets.isPresent()) {
            problems.add("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both to offer card payments, or neither");
        }
        if (commission.isPresent() && !validPercent(commission.get())) {
            problems.add("STRIPE_COMMISSION_PERCENT must be a percentage from 0 to 100 with at most two decimals (e.g. 2.5), got '"
                    + commission.get() + "'");
        }
        Optional<URI> base = apiBase.flatMap(text -> httpAddress(text, problems));
        if (key.isEmpty() && (commission.isPresent() || apiBase.isPresent())) {
            problems.add("STRIPE_COMMISSION_PERCENT and STRIPE_API_BASE need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET");
        }
        if (problems.size() > before || key.isEmpty() || secrets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StripeConfig(key.get(), secrets.get(), commission.orElse("0"), base));
    }

    private static boolean validPercent(String text) {
        try {
            BigDecimal percent = new BigDecimal(text);
            return percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.stripTrailingZeros().scale() <= 2;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<URI> httpAddress(String text, List<String> problems) {
        try {
            URI uri = new URI(text.replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        }
        catch (URISyntaxException e) {
            // reported below
        }
        problems.add("STRIPE_API_BASE must be an absolute http(s) address (only to point at a Stripe test server), got '" + text + "'");
        return Optional.empty();
    }
}

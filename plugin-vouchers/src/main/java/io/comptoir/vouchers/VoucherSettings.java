package io.comptoir.vouchers;

import io.comptoir.engine.api.plugin.PluginContext;

import java.time.Duration;

/**
 * The plugin's configuration, read from engine properties {@code vouchers.<name>}:
 * <pre>
 * cache-ttl-seconds              30   how long a node keeps a programme's settings (and shop eligibility) in memory
 * wrong-code-limit               10   wrong codes per subject (IP, account) and window
 * wrong-code-window-minutes      15
 * balance-check-limit            60   public balance checks per client and window
 * balance-check-window-minutes   60
 * expiry-interval-minutes        60   how often expiry and reminders run
 * settlement-interval-minutes    60   how often due statements are issued
 * settlement-grace-minutes       10   how long after a period ends its statements wait
 * wallet-url                     /mes-bons   the link to the shopper's wallet in mails
 * </pre>
 */
record VoucherSettings(Duration cacheTtl, int wrongCodeLimit, Duration wrongCodeWindow, int balanceCheckLimit, Duration balanceCheckWindow,
                       Duration expiryInterval, Duration settlementInterval, Duration settlementGrace, String walletUrl) {

    static VoucherSettings from(PluginContext context) {
        return new VoucherSettings(Duration.ofSeconds(number(context, "cache-ttl-seconds", 30)), (int) number(context, "wrong-code-limit", 10),
                Duration.ofMinutes(number(context, "wrong-code-window-minutes", 15)), (int) number(context, "balance-check-limit", 60),
                Duration.ofMinutes(number(context, "balance-check-window-minutes", 60)),
                Duration.ofMinutes(number(context, "expiry-interval-minutes", 60)),
                Duration.ofMinutes(number(context, "settlement-interval-minutes", 60)),
                Duration.ofMinutes(number(context, "settlement-grace-minutes", 10)),
                context.property("wallet-url").orElse("/mes-bons"));
    }

    private static long number(PluginContext context, String name, long fallback) {
        String value = context.property(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("vouchers." + name + " must be a non-negative whole number: " + value, e);
        }
    }
}

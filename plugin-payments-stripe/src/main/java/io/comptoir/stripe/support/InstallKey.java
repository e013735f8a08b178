package io.comptoir.stripe.support;

import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This database's prefix for Stripe idempotency keys, made once. Stripe keeps a key's answer for 24 hours per Stripe
 * account: a database recreated meanwhile (a demo reset, a test run) must not send the same keys with other parameters.
 */
public final class InstallKey {
    private InstallKey() {
    }

    public static String prefix(Jdbi jdbi) {
        String candidate = "comptoir-" + HexFormat.of().formatHex(random()) + "-";
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("INSERT INTO stripe_install (id, key_prefix) SELECT 1, :prefix WHERE NOT EXISTS (SELECT 1 FROM stripe_install)")
                    .bind("prefix", candidate).execute();
            return handle.createQuery("SELECT key_prefix FROM stripe_install WHERE id = 1").mapTo(String.class).one();
        });
    }

    private static byte[] random() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

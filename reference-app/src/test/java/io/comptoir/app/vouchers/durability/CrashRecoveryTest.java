package io.comptoir.app.vouchers.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.AppConfig;
import io.comptoir.engine.testkit.PostgresSettings;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing the marketplace acknowledged is lost when its process is killed ({@code kill -9}) in the middle of a burst of
 * checkouts paid by voucher and card, and what was in flight is settled soon after it restarts on the same database:
 * every order it answered is there and unchanged, pending payments are reconciled with their processors within a
 * minute, every voucher hold and card authorisation belongs to a placed order, the ledger audit is clean, and stock and
 * voucher balances add up. On the embedded database (a file in a temporary directory, as the app makes it from
 * {@code DATA_DIR}) and on PostgreSQL (a schema of its own).
 *
 * <p>It lives with the vouchers feature because it pays with vouchers: a marketplace without that plugin drops it with the
 * feature (the card and pay-at-pickup recovery it also proves is tested in engine-core without the plugin).
 */
final class CrashRecoveryTest {
    private static final int CRASHES = 2;
    private static final int SHOPPERS = 8;
    private static final Duration RECONCILED_WITHIN = Duration.ofMinutes(1);
    private static final String SANDBOX_SECRET = "crash-test-sandbox-secret-0123456789";

    @Test
    void onTheEmbeddedDatabase(@TempDir Path directory) throws Exception {
        Path data = Files.createDirectories(directory.resolve("data"));
        CrashMarket.DatabaseAccess database = new CrashMarket.DatabaseAccess(AppConfig.embeddedDatabaseUrl(data), "sa", "");
        crashAndRecover(database, Map.of("DATA_DIR", data.toString()), directory);
    }

    @Test
    void onPostgreSQL(@TempDir Path directory) throws Exception {
        try (TestDatabase postgres = TestDatabase.postgres(PostgresSettings.fromEnvironmentOrSkip())) {
            Path data = Files.createDirectories(directory.resolve("data"));
            crashAndRecover(new CrashMarket.DatabaseAccess(postgres.jdbcUrl(), postgres.user(), postgres.password()),
                    Map.of("DATA_DIR", data.toString(), "DATABASE_URL", postgres.jdbcUrl(), "DATABASE_USER", postgres.user(),
                            "DATABASE_PASSWORD", postgres.password()), directory);
        }
    }

    private static void crashAndRecover(CrashMarket.DatabaseAccess database, Map<String, String> databaseVariables, Path directory)
            throws Exception {
        CrashMarket market = CrashMarket.prepare(database, SHOPPERS, 3);
        Map<String, String> environment = new HashMap<>(databaseVariables);
        environment.putAll(Map.of("MARKETPLACE_SEED", "none", "PAYMENT_METHODS", "sandbox-card,pay-at-pickup,vouchers", "SANDBOX_CARD_SECRET", SANDBOX_SECRET,
                "SANDBOX_CARD_DELAY_MS", "20"));
        Path logs = Files.createDirectories(directory.resolve("logs"));
        Random random = new Random();
        List<String> problems = new ArrayList<>();
        Map<Long, CheckoutBurst.Acknowledged> orders = new HashMap<>();
        Map<String, CrashMarket.Shopper> declined = new HashMap<>();
        try (AppProcess app = new AppProcess(environment, logs)) {
            for (int crash = 1; crash <= CRASHES; crash++) {
                long started = System.nanoTime();
                app.start();
                if (crash > 1) {
                    problems.addAll(recovered(app, market, orders, declined, started));
                }
                CheckoutBurst burst = new CheckoutBurst(app::uri, market.variants);
                List<Thread> shoppers = burst.start(market.shoppers, "c" + crash);
                int before = 15 + random.nextInt(20);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (burst.acknowledged() < before && System.nanoTime() < deadline) {
                    AppProcess.pause(10);
                }
                AppProcess.pause(random.nextInt(300));
                int exit = app.crash();
                assertThat(exit).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
                burst.stop();
                for (Thread shopper : shoppers) {
                    shopper.join(30_000);
                }
                System.out.printf("crash %d: killed after %d orders and %d declines acknowledged%n", crash, burst.orders.size(),
                        burst.declined.size());
                assertThat(burst.unexpected).as("answers during the burst").isEmpty();
                assertThat(burst.acknowledged()).as("checkouts answered before the crash").isGreaterThan(0);
                orders.putAll(burst.orders);
                declined.putAll(burst.declined);
            }
            long started = System.nanoTime();
            app.start();
            problems.addAll(recovered(app, market, orders, declined, started));
            assertThat(app.stop()).as("stopped by SIGTERM").isIn(0, 143);
        }
        problems.addAll(market.verifyBooks(database));
        assertThat(problems).as("after %d crashes with %d orders and %d declines acknowledged", CRASHES, orders.size(), declined.size())
                .isEmpty();
    }

    /**
     * What the restarted app answers: every acknowledged order, as it was acknowledged (a pending one may have settled since);
     * every acknowledged decline, failed; and, within a minute of the restart, no order left pending.
     */
    private static List<String> recovered(AppProcess app, CrashMarket market, Map<Long, CheckoutBurst.Acknowledged> orders,
                                          Map<String, CrashMarket.Shopper> declined, long restarted) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        CheckoutBurst client = new CheckoutBurst(app::uri, market.variants);
        for (CheckoutBurst.Acknowledged acknowledged : orders.values()) {
            Optional<JsonNode> now = client.order(acknowledged.shopper(), acknowledged.orderId());
            if (now.isEmpty()) {
                problems.add("order " + acknowledged.number() + " was answered " + acknowledged.status() + " but no longer exists");
                continue;
            }
            CheckoutBurst.Acknowledged current = CheckoutBurst.Acknowledged.of(now.get(), acknowledged.shopper());
            boolean settledSince = acknowledged.status().equals("PENDING_PAYMENT");
            if (!current.number().equals(acknowledged.number()) || current.total() != acknowledged.total()
                    || !current.payments().equals(acknowledged.payments()) || !settledSince && !current.status().equals(acknowledged.status())) {
                problems.add("order " + acknowledged + " is now " + current);
            }
        }
        long deadline = restarted + RECONCILED_WITHIN.toNanos();
        List<String> pending;
        List<String> audit;
        java.util.Set<String> seen = new java.util.HashSet<>();
        do {
            audit = client.auditProblems(market.adminToken);
            pending = new ArrayList<>();
            for (CrashMarket.Shopper shopper : market.shoppers) {
                for (JsonNode order : client.ordersOf(shopper)) {
                    String status = order.get("status").asText();
                    seen.add(order.get("number").asText());
                    if (status.equals("PENDING_PAYMENT")) {
                        pending.add(order.get("number").asText());
                    }
                    CrashMarket.Shopper decliner = declined.get(order.get("number").asText());
                    if (decliner != null && !status.equals("PAYMENT_FAILED") && !status.equals("PENDING_PAYMENT")) {
                        problems.add("order " + order.get("number").asText() + " was answered declined but is now " + status);
                    }
                }
            }
            if (!pending.isEmpty() || !audit.isEmpty()) {
                AppProcess.pause(500);
            }
        }
        while ((!pending.isEmpty() || !audit.isEmpty()) && System.nanoTime() < deadline);
        System.out.printf("restart: pending payments settled and the ledger audit clean %.1f s after the restart began (%d pending, %d "
                + "audit problems left)%n", (System.nanoTime() - restarted) / 1e9, pending.size(), audit.size());
        if (!pending.isEmpty()) {
            problems.add("orders still pending a minute after the restart: " + pending);
        }
        audit.forEach(problem -> problems.add("ledger audit a minute after the restart: " + problem));
        declined.keySet().stream().filter(number -> !seen.contains(number))
                .forEach(number -> problems.add("order " + number + " was answered declined but no longer exists"));
        return problems;
    }
}

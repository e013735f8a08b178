package io.comptoir.engine.core.bench;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cost of durable commits on the embedded database (a main for {@code bench/durability.sh}, not a test): on a fresh H2
 * file database with a given {@code WRITE_DELAY}, either
 * <ul>
 *   <li>{@code commits}: threads each committing one small row per transaction, as fast as they can, or</li>
 *   <li>{@code checkouts}: threads each filling a cart with one product of each of two shops (products of their own) and
 *       checking out through the engine (payment at pickup, so that no simulated bank sets the pace), as fast as they can;</li>
 * </ul>
 * and prints how many per second over the measure, after a warm-up.
 *
 * <pre>java -cp ... io.comptoir.engine.core.bench.EmbeddedCommitBench commits|checkouts &lt;writeDelayMs&gt; &lt;threads&gt; &lt;warmupS&gt; &lt;measureS&gt;</pre>
 */
public final class EmbeddedCommitBench {

    public static void main(String[] args) throws Exception {
        String what = args[0];
        int writeDelay = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int measure = Integer.parseInt(args[4]);
        Path directory = Files.createTempDirectory("comptoir-durability-bench-");
        String url = "jdbc:h2:file:" + directory.resolve("bench") + TestDatabase.H2_OPTIONS + ";WRITE_DELAY=" + writeDelay;
        Workload workload = what.equals("commits") ? commits(url) : checkouts(url, threads);
        try {
            run(workload, threads, warmup);
            long done = run(workload, threads, measure);
            System.out.printf("%s WRITE_DELAY=%d threads=%d: %.1f/s%n", what, writeDelay, threads, done / (double) measure);
        }
        finally {
            workload.close();
        }
    }

    /** One unit of work per call, on the calling thread. */
    private interface Workload extends AutoCloseable {
        void once(int thread) throws Exception;

        @Override
        void close() throws Exception;
    }

    private static long run(Workload workload, int threads, int seconds) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    try {
                        workload.once(thread);
                        done.incrementAndGet();
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get();
    }

    private static Workload commits(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE bench_row (id VARCHAR(40) PRIMARY KEY, payload VARCHAR(200) NOT NULL)");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(url, "sa", "");
                connection.setAutoCommit(false);
                return connection;
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Connection keepOpen = DriverManager.getConnection(url, "sa", "");
        String payload = "x".repeat(150);
        return new Workload() {
            @Override
            public void once(int thread) throws SQLException {
                Connection connection = connections.get();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_row (id, payload) VALUES (?, ?)")) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, payload);
                    insert.executeUpdate();
                }
                connection.commit();
            }

            @Override
            public void close() throws SQLException {
                keepOpen.close();
            }
        };
    }

    private static Workload checkouts(String url, int threads) {
        Engine engine = Engine.builder().jdbcUrl(url, "sa", "").backgroundWork(false).maxPoolSize(Math.max(4, threads + 2))
                .properties(Fixtures.CHEAP_PASSWORDS).assetDirectory(Path.of("target", "bench-assets")).build();
        engine.awaitSearchReady(Duration.ofMinutes(1));
        Fixtures fixtures = Fixtures.on(engine);
        Merchant shoes = fixtures.liveMerchant("Chaussures Martin", Fixtures.SAINT_OMER);
        Merchant grocer = fixtures.liveMerchant("Épicerie du Marché", Fixtures.ARQUES);
        List<Account> shoppers = new ArrayList<>();
        List<List<VariantId>> baskets = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            shoppers.add(engine.accounts().register("bench" + t + "@example.org", "correct horse battery", "Bench " + t));
            // products of their own, so that shoppers do not queue on the same stock rows
            Product boots = fixtures.product(shoes, "Bottines " + t, 8900, 1_000_000);
            Product coffee = fixtures.product(grocer, "Café moulu " + t, 790, 1_000_000);
            baskets.add(List.of(boots.variants().get(0).id(), coffee.variants().get(0).id()));
        }
        return new Workload() {
            @Override
            public void once(int thread) {
                Account shopper = shoppers.get(thread);
                for (VariantId variant : baskets.get(thread)) {
                    engine.carts().add(CartOwner.shopper(shopper.id()), variant, 1);
                }
                engine.checkout().checkout(new CheckoutRequest(shopper.id(), Map.of(), List.of(TenderRequest.of("pay-at-pickup", Map.of())),
                        UUID.randomUUID().toString()));
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }
}

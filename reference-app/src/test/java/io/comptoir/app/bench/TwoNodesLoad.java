package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Load generator and referee of {@code bench/two-nodes.sh} (a main, not a test). {@code prepare} sets the stock of the
 * products the load buys ({@link BenchMarket}), while no node runs. {@code run} drives the mixed load ({@link MixedLoad})
 * through the proxy in front of the two nodes for the given seconds (after a warm-up of the same load, whose writes are
 * checked with the others but whose times are not counted: the nodes' JIT compilers at work), while it measures how soon a product created on one
 * node is found on the other ({@link Freshness}) and watches the periodic jobs ({@link JobWatch}); the script kills a node
 * meanwhile and restarts it, and writes when into the {@link Timeline}. Then it waits for the killed node to be back and
 * for every payment to settle, and checks the outcome against the database and the API ({@link Referee}): exit status 0
 * when every check passes, 1 otherwise.
 *
 * <pre>
 * java -cp ... io.comptoir.app.bench.TwoNodesLoad prepare jdbc=URL db-user=U db-password=P
 * java -cp ... io.comptoir.app.bench.TwoNodesLoad run jdbc=URL db-user=U db-password=P proxy=http://127.0.0.1:8080 \
 *     nodes=a=http://127.0.0.1:7001,b=http://127.0.0.1:7002 seconds=60 warm-up=15 demo-password=PASSWORD timeline=FILE proxy-log=FILE \
 *     proxy-error-log=FILE
 * </pre>
 */
public final class TwoNodesLoad {
    private static final int SHOPPERS = 6;
    private static final int VISITORS = 2;
    private static final String SHOPPER_PASSWORD = "bench-password-2026";
    /** How long the killed node may take to be back after the load ends (a start on a busy machine). */
    private static final Duration BACK_WITHIN = Duration.ofMinutes(5);
    /** How long payments in flight may take to settle once the load has stopped. */
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(90);
    /** The least products measured by {@link Freshness}: the run adds some after the load when it measured fewer. */
    private static final int FRESHNESS_MEASURES = 30;

    private final Map<String, String> settings;

    private TwoNodesLoad(Map<String, String> settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        TwoNodesLoad bench = new TwoNodesLoad(settings);
        try (Connection connection = DriverManager.getConnection(bench.setting("jdbc"), bench.setting("db-user"), bench.setting("db-password"))) {
            if (args.length > 0 && args[0].equals("prepare")) {
                BenchMarket.prepare(connection);
                return;
            }
            if (args.length == 0 || !args[0].equals("run")) {
                throw new IllegalArgumentException("usage: TwoNodesLoad prepare|run key=value...");
            }
            System.exit(bench.run(connection) ? 0 : 1);
        }
    }

    private String setting(String name) {
        String value = settings.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing setting " + name + "=...");
        }
        return value;
    }

    private boolean run(Connection connection) throws Exception {
        BenchMarket market = BenchMarket.read(connection);
        Acknowledgements.Start start = Acknowledgements.Start.of(connection);
        Map<Long, Long> initialStock = market.stock(connection);
        String password = setting("demo-password");
        BenchClient proxy = new BenchClient(setting("proxy"));
        List<Freshness.Node> nodes = new ArrayList<>();
        for (String node : setting("nodes").split(",")) {
            String[] pair = node.split("=", 2);
            nodes.add(new Freshness.Node(pair[0], new BenchClient(pair[1])));
        }
        Timeline timeline = new Timeline(Path.of(setting("timeline")));
        int seconds = Integer.parseInt(setting("seconds"));
        int warmUpSeconds = Integer.parseInt(setting("warm-up"));

        System.err.println("Signing in the shoppers, tills, counters and a shop's staff...");
        List<MixedLoad.Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            String email = "two-nodes-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.example";
            proxy.send("POST", "/api/v1/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + SHOPPER_PASSWORD
                    + "\",\"displayName\":\"Banc deux nœuds\"}", null, -1);
            shoppers.add(new MixedLoad.Shopper(email, proxy.login(email, SHOPPER_PASSWORD)));
        }
        List<VoucherHttpLoad.Till> tills = new ArrayList<>();
        for (String operator : market.operators().subList(0, 2)) {
            tills.add(VoucherHttpLoad.till(proxy, operator, password));
        }
        List<VoucherHttpLoad.Counter> counters = new ArrayList<>();
        for (BenchMarket.Staff staff : market.counters()) {
            counters.add(new VoucherHttpLoad.Counter(proxy.login(staff.email(), password), staff.shop()));
        }
        String editor = proxy.login(market.editor().email(), password);
        String admin = proxy.login(market.adminEmail(), password);
        Map<String, Duration> intervals = new LinkedHashMap<>();
        for (JsonNode job : proxy.send("GET", "/health?details=true", null, null, null, 200).get("jobs")) {
            intervals.put(job.get("name").asText(), Duration.ofSeconds(job.get("intervalSeconds").asLong()));
        }

        JobWatch jobs = new JobWatch(setting("jdbc"), setting("db-user"), setting("db-password"));
        jobs.start();
        Traffic traffic = new Traffic();
        Acknowledgements acknowledgements = new Acknowledgements();
        MixedLoad load = new MixedLoad(proxy, traffic, acknowledgements, market.variants(), market.scarce());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < shoppers.size(); i++) {
            clients.add(load.start("shopper-" + i, i, load.shopper(shoppers.get(i))));
        }
        for (int i = 0; i < VISITORS; i++) {
            clients.add(load.start("visitor-" + i, 100 + i, load.visitor()));
        }
        for (int i = 0; i < tills.size(); i++) {
            clients.add(load.start("till-" + i, 200 + i, load.till(tills.get(i))));
        }
        for (int i = 0; i < counters.size(); i++) {
            clients.add(load.start("counter-" + i, 300 + i, load.counter(counters.get(i))));
        }
        Freshness freshness = new Freshness(nodes, editor, market.editor().shop(), market.editorCategory());
        clients.add(freshness.start());
        System.err.printf("Warming up: the same load for %d s, its writes checked with the others, its times not counted%n", warmUpSeconds);
        Thread.sleep(warmUpSeconds * 1000L);
        freshness.countFromNow();
        traffic.forgetTimes();
        timeline.mark("load-start");
        System.err.printf("Load started: %d shoppers, %d visitors, %d tills, %d counters, a shop's staff creating products, for %d s%n",
                shoppers.size(), VISITORS, tills.size(), counters.size(), seconds);
        Thread.sleep(seconds * 1000L);
        load.stop();
        freshness.stop();
        for (Thread client : clients) {
            client.join(Traffic.PATIENCE.plusSeconds(30).toMillis());
        }
        timeline.mark("load-end");

        System.err.println("Load stopped; waiting for the killed node to be back and for the payments in flight to settle...");
        timeline.await("ready", BACK_WITHIN);
        freshness.topUp(FRESHNESS_MEASURES);
        long pending = settle(connection, start);
        jobs.stop();
        Referee referee = new Referee(connection, start, initialStock, acknowledgements, traffic);
        return referee.judge(new Referee.Outcome(pending, market.stock(connection), nodes, shoppers, SHOPPER_PASSWORD, proxy, admin,
                freshness, freshness.warmUp(), warmUpSeconds, jobs.verdicts(intervals), timeline.events(),
                ProxyLog.read(Path.of(setting("proxy-log")), Path.of(setting("proxy-error-log"))), load.shortResults()));
    }

    /**
     * Waits until no order of the run is pending, nor any voucher it bought online (the vouchers plugin completes that sale
     * once the order's event reaches it); returns how many still are.
     */
    private static long settle(Connection connection, Acknowledgements.Start start) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        while (true) {
            long pending;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT (SELECT COUNT(*) FROM customer_order WHERE id > ? AND status = 'PENDING_PAYMENT')"
                    + " + (SELECT COUNT(*) FROM voucher_sale WHERE id > ? AND channel = 'ONLINE' AND status = 'PENDING')")) {
                statement.setLong(1, start.order());
                statement.setLong(2, start.sale());
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    pending = result.getLong(1);
                }
            }
            if (pending == 0 || System.nanoTime() > deadline) {
                return pending;
            }
            Thread.sleep(500);
        }
    }
}

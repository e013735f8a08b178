package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Load generator of {@code bench/checkout.sh} (a main, not a test): N shoppers, each in a loop adds one product of
 * each of two shops to its cart, checks out with the sandbox card, and waits until the processor's webhook has placed
 * the order (asking the server to answer once the payment settles, {@code Prefer: wait=10}, rather than polling).
 * Prints checkouts per second and the latency of the checkout call and of the whole purchase.
 * The products are drawn at random from a list holding one product per shop (so the two lines are of two shops), with a
 * fixed seed per shopper: shoppers of a marketplace buy across its catalogue, not all the same two articles.
 *
 * <pre>java -cp ... io.comptoir.app.bench.CheckoutLoad http://127.0.0.1:7099 16 60 15 &lt;variant,variant,...&gt;</pre>
 */
public final class CheckoutLoad {
    private static final String PASSWORD = "bench-password-2026";

    private final BenchClient client;

    private CheckoutLoad(String base) {
        this.client = BenchClient.of(base, BenchClient.leanByDefault());
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int warmupSeconds = Integer.parseInt(args[2]);
        int measureSeconds = Integer.parseInt(args[3]);
        long[] variants = java.util.Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray();
        if (variants.length < 2) {
            throw new IllegalArgumentException("give at least two variants, of two shops");
        }
        CheckoutLoad load = new CheckoutLoad(base);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(load.shopper("bench-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.example"));
        }
        System.err.printf("Warming up %d shoppers for %d s...%n", clients, warmupSeconds);
        load.run(tokens, variants, warmupSeconds);
        Result result = load.run(tokens, variants, measureSeconds);
        System.out.printf("checkouts %d in %d s: %.1f checkouts/s; checkout call p50 %.1f ms p99 %.1f ms; until placed p50 %.1f ms p99 %.1f ms; errors %d%n",
                result.count, measureSeconds, result.count / (double) measureSeconds, result.checkoutP50, result.checkoutP99,
                result.placedP50, result.placedP99, result.errors);
    }

    private record Result(long count, double checkoutP50, double checkoutP99, double placedP50, double placedP99, long errors) {
    }

    private Result run(List<String> tokens, long[] variants, int seconds) throws InterruptedException {
        BenchClient.Run<long[]> run = BenchClient.drive(tokens.size(), seconds, (shopper, random) -> {
            int a = random.nextInt(variants.length);
            int b = (a + 1 + random.nextInt(variants.length - 1)) % variants.length;
            return purchase(tokens.get(shopper), variants[a], variants[b]);
        });
        List<long[]> samples = run.samples();
        long[] checkout = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        long[] placed = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        return new Result(samples.size(), BenchClient.percentile(checkout, 50), BenchClient.percentile(checkout, 99), BenchClient.percentile(placed, 50), BenchClient.percentile(placed, 99),
                run.errors());
    }

    /** One purchase; returns the nanoseconds of the checkout call and of the whole purchase until placed. */
    private long[] purchase(String token, long variantA, long variantB) throws IOException, InterruptedException {
        long started = System.nanoTime();
        client.send("POST", "/api/v1/cart/lines", token, "{\"variantId\":" + variantA + ",\"quantity\":1}", null, 200);
        client.send("POST", "/api/v1/cart/lines", token, "{\"variantId\":" + variantB + ",\"quantity\":1}", null, 200);
        long checkoutStarted = System.nanoTime();
        // Prefer: wait=10 (sent with every request): answered once the processor's webhook has settled the payment
        JsonNode order = client.send("POST", "/api/v1/checkout", token,
                "{\"tenders\":[{\"provider\":\"sandbox-card\",\"details\":{\"card\":\"4242424242424242\"}}]}",
                UUID.randomUUID().toString(), 201);
        long checkoutEnded = System.nanoTime();
        long id = order.get("id").asLong();
        String status = order.get("status").asText();
        while (status.equals("PENDING_PAYMENT")) {
            status = client.send("GET", "/api/v1/orders/" + id, token, null, null, 200).get("status").asText();
        }
        if (!status.equals("PLACED")) {
            throw new IllegalStateException("order " + id + " ended " + status);
        }
        return new long[] {checkoutEnded - checkoutStarted, System.nanoTime() - started};
    }

    private String shopper(String email) throws IOException, InterruptedException {
        client.send("POST", "/api/v1/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Bench\"}",
                null, -1);
        return client.login(email, PASSWORD);
    }
}

package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Load generator of the voucher part of {@code bench/checkout.sh} (a main, not a test): the voucher paths through the JSON API, as a
 * till and a shop's counter call it. First point-of-sale sales ({@code POST /api/v1/pos/{id}/sales}, one 50 € gift voucher
 * each, each client at a point of sale of its own, signed in as its operator), then in-store redemptions of the vouchers
 * sold ({@code POST /api/v1/merchant/{id}/vouchers/redemptions}, 1 € each, each client at a shop of its own, signed in as
 * its staff); each with an {@code Idempotency-Key}. Each part warms up, then is measured; prints per part the rate, p50
 * and p99 of the call, and the errors.
 *
 * <pre>java -cp ... io.comptoir.app.bench.VoucherHttpLoad http://127.0.0.1:7099 16 30 15 password pos@a,pos@b 12:shop@a,13:shop@b</pre>
 */
public final class VoucherHttpLoad {
    private static final String PROGRAMME = "cheque-cadeau";
    private static final long FACE = 5000;
    private static final long REDEEMED = 100;

    private final BenchClient client;
    private final List<String> codes = new CopyOnWriteArrayList<>();

    private VoucherHttpLoad(String base) {
        this.client = BenchClient.of(base, BenchClient.leanByDefault());
    }

    /** A point of sale's till: its operator's token, its id, and what it sells. */
    record Till(String token, long pointOfSale, long programme, long denomination) {
    }

    /** A shop's counter: its staff's token and the shop's id. */
    record Counter(String token, long merchant) {
    }

    @FunctionalInterface
    private interface Call {
        void run(int client, Random random) throws IOException, InterruptedException;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int warmupSeconds = Integer.parseInt(args[2]);
        int measureSeconds = Integer.parseInt(args[3]);
        String password = args[4];
        List<String> operators = Arrays.asList(args[5].split(","));
        List<String> staff = Arrays.asList(args[6].split(","));
        VoucherHttpLoad load = new VoucherHttpLoad(base);
        List<Till> tills = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tills.add(till(load.client, operators.get(i % operators.size()), password));
        }
        List<Counter> counters = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String[] entry = staff.get(i % staff.size()).split(":", 2);
            counters.add(new Counter(load.client.login(entry[1], password), Long.parseLong(entry[0])));
        }
        Call sale = (client, random) -> load.sell(tills.get(client));
        Call redemption = (client, random) -> load.redeem(counters.get(client), random);
        System.err.printf("Point-of-sale sales: warming up %d clients for %d s...%n", clients, warmupSeconds);
        load.run(clients, warmupSeconds, sale);
        load.report("point-of-sale sales (HTTP)", clients, measureSeconds, load.run(clients, measureSeconds, sale));
        System.err.printf("In-store redemptions of the %d vouchers sold: warming up for %d s...%n", load.codes.size(), warmupSeconds);
        load.run(clients, warmupSeconds, redemption);
        load.report("in-store redemptions (HTTP)", clients, measureSeconds, load.run(clients, measureSeconds, redemption));
    }

    private record Result(long[] nanos, long errors) {
    }

    private void report(String what, int clients, int seconds, Result result) {
        System.out.printf("%s: %d in %d s with %d clients = %.0f/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", what, result.nanos().length,
                seconds, clients, result.nanos().length / (double) seconds, BenchClient.percentile(result.nanos(), 50), BenchClient.percentile(result.nanos(), 99),
                result.errors());
    }

    private Result run(int clients, int seconds, Call call) throws InterruptedException {
        BenchClient.Run<Long> run = BenchClient.drive(clients, seconds, (client, random) -> {
            long started = System.nanoTime();
            call.run(client, random);
            return System.nanoTime() - started;
        });
        return new Result(run.samples().stream().mapToLong(Long::longValue).sorted().toArray(), run.errors());
    }

    private void sell(Till till) throws IOException, InterruptedException {
        JsonNode sale = client.send("POST", "/api/v1/pos/" + till.pointOfSale() + "/sales", till.token(),
                "{\"programmeId\":" + till.programme() + ",\"denominationId\":" + till.denomination() + ",\"quantity\":1}",
                UUID.randomUUID().toString(), 201);
        for (JsonNode voucher : sale.get("vouchers")) {
            codes.add(voucher.get("code").asText());
        }
    }

    /** 1 € of a voucher sold earlier, drawn at random; a voucher spent to the last euro is refused, and counted as an error. */
    private void redeem(Counter counter, Random random) throws IOException, InterruptedException {
        String code = codes.get(random.nextInt(codes.size()));
        client.send("POST", "/api/v1/merchant/" + counter.merchant() + "/vouchers/redemptions", counter.token(),
                "{\"code\":\"" + code + "\",\"amount\":{\"amount\":" + REDEEMED + ",\"currency\":\"EUR\"}}", UUID.randomUUID().toString(), 201);
    }

    /** The till of the operator's first point of sale, selling {@value #FACE}-cent {@value #PROGRAMME} vouchers. */
    static Till till(BenchClient client, String operator, String password) throws IOException, InterruptedException {
        String token = client.login(operator, password);
        long place = client.send("GET", "/api/v1/pos", token, null, null, 200).get(0).get("id").asLong();
        for (JsonNode programme : client.send("GET", "/api/v1/pos/" + place + "/programmes", token, null, null, 200)) {
            if (programme.get("slug").asText().equals(PROGRAMME)) {
                for (JsonNode denomination : programme.get("denominations")) {
                    if (denomination.get("face").get("amount").asLong() == FACE) {
                        return new Till(token, place, programme.get("id").asLong(), denomination.get("id").asLong());
                    }
                }
            }
        }
        throw new IllegalStateException("point of sale " + place + " does not sell " + PROGRAMME + " vouchers of " + FACE);
    }

}

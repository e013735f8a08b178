package io.comptoir.app.vouchers.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Shoppers checking out over HTTP as fast as the app answers, each with a voucher and a card (now and then a card the
 * bank declines), until the app stops answering. Records what the app acknowledged: every order it answered (placed, or
 * pending when the bank had not confirmed in time) and every checkout it answered as declined.
 */
final class CheckoutBurst {
    static final String DECLINED_CARD = "4000000000000002";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An order as the app answered it. */
    record Acknowledged(long orderId, String number, String status, long total, List<String> payments, CrashMarket.Shopper shopper) {
        static Acknowledged of(JsonNode order, CrashMarket.Shopper shopper) {
            List<String> payments = new ArrayList<>();
            order.get("payments").forEach(payment -> payments.add(payment.get("provider").asText() + ":" + payment.get("amount").get("amount").asLong()));
            return new Acknowledged(order.get("id").asLong(), order.get("number").asText(), order.get("status").asText(),
                    order.get("total").get("amount").asLong(), payments, shopper);
        }
    }

    private final Function<String, URI> uri;
    private final List<Long> variants;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    final Map<Long, Acknowledged> orders = new ConcurrentHashMap<>();
    /** Order numbers the app answered as declined. */
    final Map<String, CrashMarket.Shopper> declined = new ConcurrentHashMap<>();
    final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

    CheckoutBurst(Function<String, URI> uri, List<Long> variants) {
        this.uri = uri;
        this.variants = List.copyOf(variants);
    }

    int acknowledged() {
        return orders.size() + declined.size();
    }

    /** Starts one thread per shopper; each stops at the first request the app does not answer. */
    List<Thread> start(List<CrashMarket.Shopper> shoppers, String round) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < shoppers.size(); i++) {
            CrashMarket.Shopper shopper = shoppers.get(i);
            String name = round + "-" + i;
            Thread thread = new Thread(() -> shop(shopper, name), "burst-" + name);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    void stop() {
        running.set(false);
    }

    private void shop(CrashMarket.Shopper shopper, String name) {
        try {
            for (int i = 0; running.get(); i++) {
                for (long variant : variants) {
                    HttpResponse<String> line = send(shopper, "PUT", "/api/v1/cart/lines/" + variant, "{\"quantity\": 1}", Map.of());
                    if (line.statusCode() != 200) {
                        unexpected.add("cart line answered " + line.statusCode() + ": " + line.body());
                        return;
                    }
                }
                String code = shopper.voucherCodes().get(i % shopper.voucherCodes().size());
                String card = i % 4 == 1 ? DECLINED_CARD : "4242424242424242";
                String body = "{\"tenders\": [{\"provider\": \"voucher\", \"amount\": {\"amount\": " + (100 + i % 50) + ", \"currency\": \"EUR\"}, "
                        + "\"details\": {\"code\": \"" + code + "\"}}, {\"provider\": \"sandbox-card\", \"details\": {\"card\": \"" + card + "\"}}]}";
                HttpResponse<String> paid = send(shopper, "POST", "/api/v1/checkout", body,
                        Map.of("Idempotency-Key", "crash-" + name + "-" + i, "Prefer", "wait=5"));
                JsonNode answer = JSON.readTree(paid.body());
                if (paid.statusCode() == 201 || paid.statusCode() == 200) {
                    Acknowledged order = Acknowledged.of(answer, shopper);
                    orders.put(order.orderId(), order);
                }
                else if (paid.statusCode() == 409 && answer.path("error").asText().equals("payment_declined")) {
                    declined.put(answer.get("details").get(0).asText(), shopper);
                }
                else if (!(paid.statusCode() == 400 && java.util.Set.of("voucher_spent", "amount_above_capacity").contains(answer.path("error").asText()))) {
                    // a voucher running low is refused and changes nothing; anything else is not what the burst expects
                    unexpected.add("checkout answered " + paid.statusCode() + ": " + paid.body());
                }
            }
        }
        catch (IOException e) {
            // the app died under this request: its outcome is unknown, and it was never acknowledged
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shopper's orders as the app answers them now (every page). */
    List<JsonNode> ordersOf(CrashMarket.Shopper shopper) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> list = send(shopper, "GET", "/api/v1/orders?page=" + page + "&size=50", null, Map.of());
            if (list.statusCode() != 200) {
                throw new AssertionError("GET /api/v1/orders answered " + list.statusCode() + ": " + list.body());
            }
            JsonNode json = JSON.readTree(list.body());
            json.get("items").forEach(all::add);
            if (!json.get("hasMore").asBoolean()) {
                return all;
            }
        }
    }

    /** The ledger audit's problems, as the app answers them to a territory admin. */
    List<String> auditProblems(String adminToken) throws IOException, InterruptedException {
        HttpResponse<String> audit = send(new CrashMarket.Shopper(0, adminToken, List.of()), "GET", "/api/v1/admin/vouchers/audit", null, Map.of());
        if (audit.statusCode() != 200) {
            throw new AssertionError("GET /api/v1/admin/vouchers/audit answered " + audit.statusCode() + ": " + audit.body());
        }
        List<String> problems = new ArrayList<>();
        JSON.readTree(audit.body()).get("problems").forEach(problem -> problems.add(problem.asText()));
        return problems;
    }

    Optional<JsonNode> order(CrashMarket.Shopper shopper, long id) throws IOException, InterruptedException {
        HttpResponse<String> order = send(shopper, "GET", "/api/v1/orders/" + id, null, Map.of());
        if (order.statusCode() == 404) {
            return Optional.empty();
        }
        if (order.statusCode() != 200) {
            throw new AssertionError("GET /api/v1/orders/" + id + " answered " + order.statusCode() + ": " + order.body());
        }
        return Optional.of(JSON.readTree(order.body()));
    }

    private HttpResponse<String> send(CrashMarket.Shopper shopper, String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.apply(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + shopper.token()).header("Accept", "application/json");
        headers.forEach(request::header);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

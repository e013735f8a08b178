package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/**
 * The mixed load of {@code bench/two-nodes.sh}, every request through the proxy in front of the nodes: shoppers who
 * search, open products, fill a basket of two shops' products and check out by card (one checkout in three pays part
 * with a gift voucher, one in ten with a card the bank declines; one basket in four holds a product of which a few are
 * left, so that stock runs out under concurrent checkouts), tills of points of sale selling gift vouchers, shop counters
 * redeeming them. Each write carries an idempotency key; a client that gets no answer (or a 5xx) asks again with the
 * same key until it learns the outcome, and records what it was told ({@link Acknowledgements}).
 */
final class MixedLoad {
    static final String GOOD_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";
    /** What a counter redeems of a voucher, in cents. */
    static final long REDEEMED = 100;
    private static final List<String> WORDS = List.of("miel", "chocolat", "bière", "savon", "fromage", "café", "confiture", "thé",
            "vin", "pain", "bougie", "jouet", "livre", "chaussure", "écharpe", "bijou", "gâteau", "farine", "cidre", "terrine");
    /**
     * Business refusals a checkout may get under this load, and which change nothing. {@code cart_changed}: another
     * shopper bought the last of a scarce product between this one's basket and checkout (whether such an answer hid
     * an order is what the check of orders nobody was told of is for).
     */
    private static final Set<String> REFUSALS = Set.of("insufficient_stock", "cart_changed", "voucher_spent", "amount_above_capacity", "insufficient_balance",
            "voucher_held", "voucher_used", "voucher_not_active");

    /** A shopper of the load: a session token. */
    record Shopper(String email, String token) {
    }

    private final BenchClient proxy;
    private final Traffic traffic;
    private final Acknowledgements acknowledgements;
    private final List<Long> variants;
    private final List<Long> scarce;
    /** Codes of the vouchers sold during the run that still hold money, as far as the clients know. */
    private final List<String> codes = new CopyOnWriteArrayList<>();
    /** The most hits each search word gave, to notice a node that answers from an incomplete index. */
    private final Map<String, Long> mostHits = new ConcurrentHashMap<>();
    private final List<String> shortResults = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    MixedLoad(BenchClient proxy, Traffic traffic, Acknowledgements acknowledgements, List<Long> variants, List<Long> scarce) {
        this.proxy = requireNonNull(proxy, "proxy is null");
        this.traffic = requireNonNull(traffic, "traffic is null");
        this.acknowledgements = requireNonNull(acknowledgements, "acknowledgements is null");
        this.variants = List.copyOf(variants);
        this.scarce = List.copyOf(scarce);
        if (this.variants.size() < 2) {
            throw new IllegalArgumentException("give at least two variants, of two shops");
        }
    }

    /** A client's loop; it stops once {@link #stop()} is called and the write in progress has its answer. */
    @FunctionalInterface
    interface Step {
        void run(Random random) throws IOException, InterruptedException;
    }

    /** Starts a client thread repeating the step. */
    Thread start(String name, long seed, Step step) {
        Thread thread = new Thread(() -> {
            Random random = new Random(seed);
            try {
                while (running) {
                    try {
                        step.run(random);
                    }
                    catch (IOException | RuntimeException e) {
                        acknowledgements.unexpected.add(name + ": " + e);
                    }
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    void stop() {
        running = false;
    }

    List<String> shortResults() {
        return List.copyOf(shortResults);
    }

    /** A shopper's round: a search, a product's JSON and page, the search page, then a purchase. */
    Step shopper(Shopper shopper) {
        return random -> {
            browse(random);
            buy(shopper, random);
        };
    }

    /** A visitor's round: search and product pages only. */
    Step visitor() {
        return this::browse;
    }

    private void browse(Random random) throws IOException, InterruptedException {
        String word = WORDS.get(random.nextInt(WORDS.size()));
        String query = java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8);
        BenchClient.Answer search = traffic.attempt(proxy, "search (JSON)", "GET", "/api/v1/products?q=" + query, null, null, null);
        if (search.status() != 200) {
            return;
        }
        JsonNode page = search.json();
        long hits = page.path("total").asLong();
        long most = mostHits.merge(word, hits, Math::max);
        if (hits < most / 2) {
            shortResults.add(String.format("%s: %d hits from %s, %d before", word, hits, search.upstream(), most));
        }
        JsonNode items = page.path("items");
        if (items.isEmpty()) {
            return;
        }
        JsonNode item = items.get(random.nextInt(items.size()));
        BenchClient.Answer product = traffic.attempt(proxy, "product (JSON)", "GET", "/api/v1/products/" + item.get("id").asLong(), null,
                null, null);
        String url = product.json().path("url").asText();
        if (product.status() == 200 && !url.isEmpty()) {
            traffic.attempt(proxy, "product page (HTML)", "GET", java.net.URI.create(url).getRawPath(), null, null, null);
        }
        traffic.attempt(proxy, "search page (HTML)", "GET", "/recherche?q=" + query, null, null, null);
    }

    private void buy(Shopper shopper, Random random) throws IOException, InterruptedException {
        long first = random.nextInt(4) == 0 && !scarce.isEmpty() ? scarce.get(random.nextInt(scarce.size()))
                : variants.get(random.nextInt(variants.size()));
        long second;
        do {
            second = variants.get(random.nextInt(variants.size()));
        }
        while (second == first);
        List<Long> basket = new ArrayList<>();
        for (long variant : List.of(first, second)) {
            BenchClient.Answer line = traffic.untilAnswered(proxy, "basket line", "PUT", "/api/v1/cart/lines/" + variant, shopper.token(),
                    "{\"quantity\":1}", null);
            if (line.status() == 200) {
                basket.add(variant);
            }
            else if (!REFUSALS.contains(line.error())) {
                acknowledgements.unexpected.add("basket line " + variant + " answered " + line.status() + ": " + line.body());
            }
        }
        if (basket.size() == 2) {
            checkout(shopper, random);
        }
        if (!basket.isEmpty()) {
            // a placed order empties the basket; a refused one leaves it as it was
            BenchClient.Answer cart = traffic.untilAnswered(proxy, "basket", "GET", "/api/v1/cart", shopper.token(), null, null);
            for (JsonNode line : cart.json().path("lines")) {
                traffic.untilAnswered(proxy, "basket line removed", "DELETE", "/api/v1/cart/lines/" + line.get("variantId").asLong(),
                        shopper.token(), null, null);
            }
        }
    }

    private void checkout(Shopper shopper, Random random) throws IOException, InterruptedException {
        List<String> tenders = new ArrayList<>();
        String code = null;
        if (random.nextInt(3) == 0 && !codes.isEmpty()) {
            code = codes.get(random.nextInt(codes.size()));
            tenders.add("{\"provider\":\"voucher\",\"amount\":{\"amount\":" + (100 + random.nextInt(200)) + ",\"currency\":\"EUR\"},"
                    + "\"details\":{\"code\":\"" + code + "\"}}");
        }
        tenders.add("{\"provider\":\"sandbox-card\",\"details\":{\"card\":\"" + (random.nextInt(10) == 0 ? DECLINED_CARD : GOOD_CARD) + "\"}}");
        String key = UUID.randomUUID().toString();
        BenchClient.Answer answer = traffic.untilAnswered(proxy, "checkout", "POST", "/api/v1/checkout", shopper.token(),
                "{\"tenders\":[" + String.join(",", tenders) + "]}", key);
        JsonNode json = answer.json();
        if (answer.status() == 200 || answer.status() == 201) {
            List<String> payments = new ArrayList<>();
            json.get("payments").forEach(payment -> payments.add(payment.get("provider").asText() + ":"
                    + payment.get("amount").get("amount").asLong()));
            acknowledgements.orders.add(new Acknowledgements.Order(json.get("id").asLong(), json.get("number").asText(),
                    json.get("status").asText(), json.get("total").get("amount").asLong(), payments, key));
        }
        else if (answer.status() == 409 && answer.error().equals("payment_declined")) {
            acknowledgements.declines.add(new Acknowledgements.Decline(json.get("details").get(0).asText(), key));
        }
        else if (Traffic.unanswered(answer)) {
            acknowledgements.unknown.add(key);
        }
        else if (REFUSALS.contains(answer.error())) {
            if (code != null && !answer.error().equals("insufficient_stock")) {
                codes.remove(code);
            }
        }
        else {
            acknowledgements.unexpected.add("checkout answered " + answer.status() + ": " + answer.body());
        }
    }

    /** A till's round: one gift voucher sold; its code joins those the shoppers and counters use. */
    Step till(VoucherHttpLoad.Till till) {
        return random -> {
            String key = UUID.randomUUID().toString();
            BenchClient.Answer answer = traffic.untilAnswered(proxy, "point-of-sale sale", "POST", "/api/v1/pos/" + till.pointOfSale() + "/sales",
                    till.token(), "{\"programmeId\":" + till.programme() + ",\"denominationId\":" + till.denomination() + ",\"quantity\":1}", key);
            if (answer.status() == 200 || answer.status() == 201) {
                Set<String> sold = new HashSet<>();
                answer.json().get("vouchers").forEach(voucher -> sold.add(voucher.get("code").asText()));
                acknowledgements.sales.add(new Acknowledgements.Sale(answer.json().get("id").asLong(), key, sold));
                codes.addAll(sold);
            }
            else {
                unanswered(answer, key, "point-of-sale sale");
            }
        };
    }

    /** A counter's round: {@value #REDEEMED} cents of a voucher sold during the run. */
    Step counter(VoucherHttpLoad.Counter counter) {
        return random -> {
            if (codes.isEmpty()) {
                Thread.sleep(100);
                return;
            }
            String code = codes.get(random.nextInt(codes.size()));
            String key = UUID.randomUUID().toString();
            BenchClient.Answer answer = traffic.untilAnswered(proxy, "in-store redemption", "POST",
                    "/api/v1/merchant/" + counter.merchant() + "/vouchers/redemptions", counter.token(),
                    "{\"code\":\"" + code + "\",\"amount\":{\"amount\":" + REDEEMED + ",\"currency\":\"EUR\"}}", key);
            if (answer.status() == 200 || answer.status() == 201) {
                acknowledgements.redemptions.add(new Acknowledgements.Redemption(answer.json().get("redemption").get("id").asLong(), key, code,
                        REDEEMED));
            }
            else if (REFUSALS.contains(answer.error())) {
                codes.remove(code);
            }
            else {
                unanswered(answer, key, "in-store redemption");
            }
        };
    }

    private void unanswered(BenchClient.Answer answer, String key, String what) {
        if (Traffic.unanswered(answer)) {
            acknowledgements.unknown.add(key);
        }
        else {
            acknowledgements.unexpected.add(what + " answered " + answer.status() + ": " + answer.body());
        }
    }
}

package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static java.util.Objects.requireNonNull;

/**
 * How soon a product created through one node is found by the search of the other: a shop's staff creates a product
 * named with a word of its own through one node's API (directly, not through the proxy), then searches that word on the
 * other node every {@value #POLL_MILLIS} ms until the product is among the hits. The time counts from the creation's
 * answer to the answer of the first search that finds it (so it includes that search's own time). Turns go from one
 * node to the other and back; a turn during which either node does not answer (killed, starting) is counted as skipped,
 * not measured.
 */
final class Freshness {
    private static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;
    private static final long PAUSE_MILLIS = 200;

    /** A node as the prober reaches it: its name and a client of its own address. */
    record Node(String name, BenchClient client) {
    }

    /**
     * One measure: from which node to which, the milliseconds until found (negative: never found), those until the search
     * that found it was sent (the product became visible between the sending of the search before and the answer of that
     * one), whether it was taken under the load or after it, and when the creation was answered (epoch milliseconds).
     */
    record Sample(String from, String to, double millis, double sentMillis, boolean underLoad, long at) {
    }

    private final List<Node> nodes;
    private final String staffToken;
    private final long shop;
    private final long category;
    private final List<Sample> samples = new ArrayList<>();
    private final List<Sample> warmUp = new ArrayList<>();
    /** Turns begun before this moment (epoch milliseconds) are the warm-up's. */
    private long countFrom = Long.MIN_VALUE;
    private final Random random = new Random();
    private int skipped;
    private volatile boolean running = true;

    Freshness(List<Node> nodes, String staffToken, long shop, long category) {
        this.nodes = List.copyOf(nodes);
        this.staffToken = requireNonNull(staffToken, "staffToken is null");
        this.shop = shop;
        this.category = category;
    }

    Thread start() {
        Thread thread = new Thread(this::run, "freshness");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    void stop() {
        running = false;
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized int skipped() {
        return skipped;
    }

    /**
     * Counts from now on only (the warm-up is over): the measures taken so far, and those of turns begun before now, are
     * the warm-up's ({@link #warmUp()}).
     */
    synchronized void countFromNow() {
        warmUp.addAll(samples);
        samples.clear();
        skipped = 0;
        countFrom = System.currentTimeMillis();
    }

    /** The measures of the warm-up, which the run does not count. */
    synchronized List<Sample> warmUp() {
        return List.copyOf(warmUp);
    }

    private void run() {
        try {
            for (int turn = 0; running; turn++) {
                turn(turn, true);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Once the load has stopped and both nodes answer again: measures until {@code least} products were measured in all
     * (a machine so slow that the killed node was not back before the end of the load leaves too few measures of it).
     */
    void topUp(int least) throws InterruptedException {
        for (int turn = 0; samples().size() < least && turn < 3 * least; turn++) {
            turn(turn, false);
        }
    }

    private void turn(int turn, boolean underLoad) throws InterruptedException {
        Node from = nodes.get(turn % nodes.size());
        Node to = nodes.get((turn + 1) % nodes.size());
        long begun = System.currentTimeMillis();
        Sample sample = measure(from, to, word(random), underLoad);
        synchronized (this) {
            if (begun < countFrom) {
                if (sample != null) {
                    warmUp.add(sample);
                }
            }
            else if (sample == null) {
                skipped++;
            }
            else {
                samples.add(sample);
            }
        }
        Thread.sleep(PAUSE_MILLIS);
    }

    /** A word no product has: nine letters drawn at random. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private Sample measure(Node from, Node to, String word, boolean underLoad) throws InterruptedException {
        try {
            BenchClient.Answer created = from.client().exchange("POST", "/api/v1/merchant/" + shop + "/products", staffToken,
                    "{\"name\":\"Bocal " + word + "\",\"description\":\"Produit du banc d'essai à deux nœuds.\",\"categoryId\":" + category
                    + ",\"variants\":[{\"price\":{\"amount\":500,\"currency\":\"EUR\"},\"stock\":5}]}", null);
            if (created.status() != 201) {
                return null;
            }
            long id = created.json().get("id").asLong();
            long createdAt = System.nanoTime();
            long at = System.currentTimeMillis();
            while (System.nanoTime() - createdAt < GIVE_UP_NANOS) {
                long sent = System.nanoTime();
                BenchClient.Answer search = to.client().exchange("GET", "/api/v1/products?q=" + word, null, null, null);
                if (search.status() != 200) {
                    return null;
                }
                for (JsonNode item : search.json().path("items")) {
                    if (item.get("id").asLong() == id) {
                        return new Sample(from.name(), to.name(), (System.nanoTime() - createdAt) / 1e6, (sent - createdAt) / 1e6, underLoad, at);
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
            return new Sample(from.name(), to.name(), -1, -1, underLoad, at);
        }
        catch (IOException e) {
            return null;
        }
    }
}

package io.comptoir.app.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request the load generator of {@code bench/two-nodes.sh} makes, as its clients see it: how many of each kind
 * were answered and how fast, which node answered them (the proxy names it), and each failure a client saw — no answer
 * at all, or a 5xx — with the time it was seen, so that failures can be set against the moment a node was killed and
 * the moment it was back.
 */
final class Traffic {
    /** How long a client keeps retrying a write it got no answer to, with the same idempotency key. */
    static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long PAUSE_MILLIS = 250;

    /**
     * A failure a client saw: when (epoch milliseconds), on which request (its kind, method and path with its query), what
     * (a status or the exception), from which node.
     */
    record Failure(long at, String operation, String method, String path, String outcome, String upstream) {
    }

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> upstreams = new ConcurrentHashMap<>();
    private final List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    /** One attempt; a request that got no answer comes back with status 0 and the exception as its body. */
    BenchClient.Answer attempt(BenchClient client, String operation, String method, String path, String token, String body, String key)
            throws InterruptedException {
        BenchClient.Answer answer;
        long started = System.nanoTime();
        try {
            answer = client.exchange(method, path, token, body, key);
            nanos.computeIfAbsent(operation, name -> java.util.Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - started);
        }
        catch (IOException e) {
            answer = new BenchClient.Answer(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), "");
        }
        if (!answer.upstream().isEmpty()) {
            upstreams.computeIfAbsent(answer.upstream(), name -> new LongAdder()).increment();
        }
        if (unanswered(answer)) {
            failures.add(new Failure(System.currentTimeMillis(), operation, method, path,
                    answer.status() == 0 ? answer.body() : Integer.toString(answer.status()), answer.upstream()));
        }
        return answer;
    }

    /**
     * Attempts until an answer that is not a failure (every request retried here is idempotent, or carries an
     * idempotency key), for {@link #PATIENCE} at most; then the last failure.
     */
    BenchClient.Answer untilAnswered(BenchClient client, String operation, String method, String path, String token, String body,
                                     String key) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            BenchClient.Answer answer = attempt(client, operation, method, path, token, body, key);
            if (!unanswered(answer) || System.nanoTime() > deadline) {
                return answer;
            }
            Thread.sleep(PAUSE_MILLIS);
        }
    }

    /** No answer, or a server error: the request's outcome is unknown to the client. */
    static boolean unanswered(BenchClient.Answer answer) {
        return answer.status() == 0 || answer.status() >= 500;
    }

    /** Per kind of request: how many were answered, and their p50 and p99 in milliseconds. */
    Map<String, double[]> latencies() {
        Map<String, double[]> latencies = new TreeMap<>();
        nanos.forEach((operation, list) -> {
            long[] sorted;
            synchronized (list) {
                sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            latencies.put(operation, new double[] {sorted.length, BenchClient.percentile(sorted, 50), BenchClient.percentile(sorted, 99)});
        });
        return latencies;
    }

    /**
     * Forgets the answers' times and nodes so far (the warm-up's), not the failures: a failure before the measure is
     * still one.
     */
    void forgetTimes() {
        nanos.clear();
        upstreams.clear();
    }

    Map<String, Long> upstreams() {
        return counts(upstreams);
    }

    List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private static Map<String, Long> counts(Map<String, LongAdder> adders) {
        Map<String, Long> counts = new TreeMap<>();
        adders.forEach((name, adder) -> counts.put(name, adder.sum()));
        return counts;
    }
}

package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The JSON API as the benchmarks' load generators call it, and their percentiles. */
final class BenchClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;
    private final PlainHttp plain;

    /** Through the JDK's HttpClient: what a proxy in front of the nodes is best driven with (its retries, its errors). */
    BenchClient(String base) {
        this(base, false);
    }

    private BenchClient(String base, boolean plain) {
        this.base = base;
        this.http = plain ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.plain = plain ? new PlainHttp(URI.create(base)) : null;
    }

    /**
     * Through {@link PlainHttp}, a kept-alive connection per client thread, when {@code lean}: a load generator that takes
     * less of the machine it shares with what it measures; otherwise through the JDK's HttpClient.
     */
    static BenchClient of(String base, boolean lean) {
        return new BenchClient(base, lean);
    }

    /** Lean unless the system property {@code bench.loadClient} says {@code jdk} (bench/checkout.sh: BENCH_LOAD_CLIENT). */
    static boolean leanByDefault() {
        String client = System.getProperty("bench.loadClient", "plain");
        if (!client.equals("plain") && !client.equals("jdk")) {
            throw new IllegalArgumentException("bench.loadClient is plain or jdk, not " + client);
        }
        return client.equals("plain");
    }

    /**
     * Sends a request, asking to be answered once a payment settles ({@code Prefer: wait=10}, which other operations
     * ignore); fails unless the status is {@code expected} (201 counts for 200; a negative {@code expected} takes any).
     */
    JsonNode send(String method, String path, String token, String body, String idempotencyKey, int expected)
            throws IOException, InterruptedException {
        Answer answer = exchange(method, path, token, body, idempotencyKey);
        if (expected > 0 && answer.status() != expected && !(expected == 200 && answer.status() == 201)) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** A session token of the account, or a failure. */
    String login(String email, String password) throws IOException, InterruptedException {
        return send("POST", "/api/v1/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null, 200)
                .get("token").asText();
    }

    /**
     * An answer as it came: its status, its body, and which server answered it behind a proxy that names it in the
     * {@value #UPSTREAM} header (empty otherwise).
     */
    record Answer(int status, String body, String upstream) {
        static final String UPSTREAM = "X-Upstream";

        JsonNode json() throws IOException {
            return body.isEmpty() || !(body.startsWith("{") || body.startsWith("[")) ? JSON.createObjectNode() : JSON.readTree(body);
        }

        /** The error code of a JSON error answer ({@code {"error": "insufficient_stock", ...}}), or empty. */
        String error() throws IOException {
            return json().path("error").asText();
        }
    }

    /** Sends a request as {@link #send} does, whatever the status. */
    Answer exchange(String method, String path, String token, String body, String idempotencyKey) throws IOException, InterruptedException {
        if (plain != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            if (idempotencyKey != null) {
                headers.put("Idempotency-Key", idempotencyKey);
            }
            headers.put("Prefer", "wait=10");
            return plain.exchange(method, path, headers, body);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.header("Prefer", "wait=10");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue(Answer.UPSTREAM).orElse(""));
    }

    /** One operation of a client of {@link #drive}: its sample; an exception counts as an error. */
    @FunctionalInterface
    interface Operation<T> {
        T run(int client, Random random) throws IOException, InterruptedException;
    }

    /** What {@link #drive} measured: each operation's sample, and how many failed. */
    record Run<T>(List<T> samples, long errors) {
    }

    /**
     * Runs {@code clients} threads, each repeating the operation for {@code seconds} with a random generator seeded by the
     * duration and the client (the same draw in every run); prints the first three errors.
     */
    static <T> Run<T> drive(int clients, int seconds, Operation<T> operation) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<T> samples = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        for (int client = 0; client < clients; client++) {
            int index = client;
            Random random = new Random(seconds * 1000L + client);
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        try {
                            samples.add(operation.run(index, random));
                        }
                        catch (IOException | RuntimeException e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("error: " + e.getMessage());
                            }
                        }
                    }
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        return new Run<>(List.copyOf(samples), errors.get());
    }

    /** The percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}

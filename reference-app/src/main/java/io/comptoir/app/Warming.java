package io.comptoir.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Runs a node's first requests before shoppers do. A just-started JVM answers its first search or product page in about
 * 100 ms on a quiet machine (classes loaded, JSON serializers and templates prepared on first use) and in seconds on busy
 * cores, where a warm node takes 15 to 25 ms. So the site, once on its port, first sends itself its main pages (home,
 * a search as a page and as JSON, a product as a page and as JSON) twice over loopback; meanwhile every other request is
 * answered 503 with the starting page, as {@link StartingPage} answered before, which nginx passes to another node
 * ({@code proxy_next_upstream http_503}); then the site serves. The warm-up's requests carry a token drawn at each start.
 */
final class Warming {
    static final String HEADER = "X-Comptoir-Warm-Up";
    private static final Logger log = LoggerFactory.getLogger(Warming.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final int ROUNDS = 2;

    private final String token;
    private volatile boolean warm = true;

    Warming() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    /** From now until {@link #warmUp} ends, only the warm-up's requests are served. */
    void close() {
        warm = false;
    }

    boolean isWarm() {
        return warm;
    }

    /** Before every request: while warming, anything but the warm-up's own requests is answered "starting". */
    void gate(Context ctx) {
        if (warm || token.equals(ctx.header(HEADER))) {
            return;
        }
        ctx.status(503).header("Retry-After", StartingPage.RETRY_AFTER_SECONDS).header("Cache-Control", "no-store").html(StartingPage.PAGE);
        ctx.skipRemainingHandlers();
    }

    /**
     * Sends the site at {@code base} its main pages, {@value #ROUNDS} times each, then lets every request through; a page
     * that fails or a site that does not answer ends the warm-up early, not the start.
     *
     * @return how many requests were answered
     */
    int warmUp(URI base) {
        requireNonNull(base, "base is null");
        long started = System.nanoTime();
        int answered = 0;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
            List<String> paths = paths(http, base);
            for (int round = 0; round < ROUNDS; round++) {
                for (String path : paths) {
                    if (System.nanoTime() - started > BUDGET.toNanos()) {
                        log.warn("Warming up took more than {} s: serving now", BUDGET.toSeconds());
                        return answered;
                    }
                    get(http, base, path);
                    answered++;
                }
            }
            log.info("Warmed up in {} ms ({} requests to the site's main pages): the first shoppers are served warm",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), answered);
        }
        catch (IOException | RuntimeException e) {
            log.warn("Warming up stopped after {} requests: serving now", answered, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finally {
            warm = true;
        }
        return answered;
    }

    /** The pages to warm: the home page, then a search for a word of the catalogue's first product, and that product. */
    private List<String> paths(HttpClient http, URI base) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(List.of("/"));
        JsonNode first;
        try {
            first = new ObjectMapper().readTree(get(http, base, "/api/v1/products?size=1")).path("items").path(0);
        }
        catch (JsonProcessingException e) {   // no product API on this site (a feature turned off): the home page only
            return paths;
        }
        String word = first.path("name").asText("").split("[^\\p{L}\\p{N}]+", 2)[0];
        if (!word.isEmpty()) {
            String query = URLEncoder.encode(word, StandardCharsets.UTF_8);
            paths.add("/recherche?q=" + query);
            paths.add("/api/v1/products?q=" + query);
        }
        if (first.hasNonNull("id")) {
            paths.add("/api/v1/products/" + first.path("id").asLong());
        }
        String page = first.path("url").asText("");
        if (!page.isEmpty()) {
            URI uri = URI.create(page);
            paths.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        return paths;
    }

    private String get(HttpClient http, URI base, String path) throws IOException, InterruptedException {
        // a robot's name, so that the territory's visit counts leave it out
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).header(HEADER, token)
                .header("User-Agent", "comptoir-warm-up-bot").header("Accept-Language", "fr").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IOException(path + " answered " + response.statusCode());
        }
        return response.body();
    }
}

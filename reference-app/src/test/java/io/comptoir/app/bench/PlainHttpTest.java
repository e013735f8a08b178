package io.comptoir.app.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The load generators' lean HTTP client against the JDK's HTTP server: fixed-length and chunked answers, kept-alive connections. */
final class PlainHttpTest {
    private HttpServer server;
    private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            peers.add(exchange.getRemoteAddress());
            byte[] body = (exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Upstream", "node-a");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", exchange -> {
            peers.add(exchange.getRemoteAddress());
            exchange.sendResponseHeaders(200, 0);   // no length: the JDK's server sends chunks
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write(("{\"part\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.createContext("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsFixedLengthChunkedAndEmptyAnswersOnOneKeptAliveConnection() throws IOException {
        PlainHttp http = new PlainHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));

        BenchClient.Answer echoed = http.exchange("POST", "/echo", Map.of("Authorization", "Bearer t0k3n"), "{\"é\":1}");
        BenchClient.Answer chunked = http.exchange("GET", "/chunked", Map.of(), null);
        BenchClient.Answer empty = http.exchange("DELETE", "/empty", Map.of(), null);
        BenchClient.Answer again = http.exchange("POST", "/echo", Map.of("Authorization", "Bearer t0k3n"), "");

        assertThat(echoed.status()).isEqualTo(201);
        assertThat(echoed.body()).isEqualTo("POST Bearer t0k3n {\"é\":1}");
        assertThat(echoed.upstream()).isEqualTo("node-a");
        assertThat(chunked.status()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo("{\"part\":0}{\"part\":1}{\"part\":2}");
        assertThat(empty.status()).isEqualTo(204);
        assertThat(empty.body()).isEmpty();
        assertThat(again.body()).isEqualTo("POST Bearer t0k3n ");
        assertThat(peers).as("one connection, kept alive").hasSize(1);
    }
}

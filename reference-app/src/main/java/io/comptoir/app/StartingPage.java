package io.comptoir.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Holds the marketplace's port from the first second of a start: every request is answered 503 with a small page saying
 * the site is starting (French first), and {@code Retry-After}, until the marketplace takes the port over. So a port
 * already taken is known before the database is opened or the demo loaded, and a load balancer or a browser opened
 * early sees "starting", not "connection refused".
 */
final class StartingPage implements AutoCloseable {
    static final String PAGE = """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="5"><title>Démarrage en cours — Starting</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
            <h1>Le marché démarre…</h1>
            <p>Le site sera prêt dans quelques instants ; cette page se recharge toute seule.</p>
            <p lang="en">The marketplace is starting; this page reloads by itself.</p>
            </body>
            </html>
            """;
    private static final byte[] BODY = PAGE.getBytes(StandardCharsets.UTF_8);
    /** When a client may ask again, as the page reloads itself: the warm-up's gate ({@link Warming}) answers the same. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final HttpServer server;
    private final ExecutorService executor;
    private boolean closed;

    private StartingPage(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on the port of the interface ({@code null}: every interface; port 0: any free one).
     *
     * @throws StartupException when the port is taken or the address is not one of this machine
     */
    static StartingPage open(String host, int port) {
        InetSocketAddress address = host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new StartupException("BIND_ADDRESS " + host + " is not an address of this machine");
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        }
        catch (BindException e) {
            throw new StartupException("port " + port + " on " + (host == null ? "every interface" : host)
                    + " is taken (" + e.getMessage() + "): stop the process that holds it, or choose another PORT");
        }
        catch (IOException e) {
            throw new StartupException("cannot listen on port " + port + ": " + e.getMessage());
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "starting-page");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", StartingPage::answer);
        server.start();
        return new StartingPage(server, executor);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
            exchange.sendResponseHeaders(503, head ? -1 : BODY.length);
            if (!head) {
                exchange.getResponseBody().write(BODY);
            }
        }
        catch (IOException | UncheckedIOException e) {
            // the client went away; nothing to answer
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Releases the port at once, for the marketplace to take it; again does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
            executor.shutdownNow();
        }
    }
}

package io.comptoir.app.vouchers.durability;

import io.comptoir.app.Main;
import io.comptoir.app.testing.TestMarketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The marketplace as a real operating-system process ({@code java ... io.comptoir.app.Main}, configured by environment
 * variables as a territory runs it), on the test's class path, so that a test can kill it as a crash would: without
 * warning, mid-request ({@link #crash()}), then start it again on the same database.
 */
final class AppProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * How long a start may take before the test fails, naming it: a start migrates, loads the territory and rebuilds the
     * search index before it serves, which took over 90 s on two cores shared with other builds. A process that dies
     * fails the test at once, with its log.
     */
    private static final Duration START_WITHIN = Duration.ofMinutes(4);

    private final Map<String, String> environment;
    private final Path logs;
    private final int port;
    private Process process;
    private int starts;

    /**
     * @param environment the app's variables (DATABASE_URL or DATA_DIR...); PORT is chosen here
     * @param logs a directory for each run's output
     */
    AppProcess(Map<String, String> environment, Path logs) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.logs = requireNonNull(logs, "logs is null");
        this.port = TestMarketplace.freePort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the app and waits until {@code /health} answers UP. */
    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx288m", "-XX:+UseSerialGC", "-Duser.timezone=UTC",
                "-cp", classPath(), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve("app-" + (++starts) + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        try {
            process = builder.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot start the app", e);
        }
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app died at start-up (exit " + process.exitValue() + "):\n" + log());
            }
            if (healthy()) {
                return;
            }
            pause(100);
        }
        throw new AssertionError("the app did not become healthy in " + START_WITHIN.toSeconds() + " s (start " + starts + "):\n" + log());
    }

    /**
     * Kills the process with SIGKILL ({@link Process#destroyForcibly()} is {@code kill -9} on Linux and macOS): no shutdown
     * hook runs, nothing is flushed or closed. Returns the exit status, 137 (128 + 9) for a SIGKILL.
     */
    int crash() {
        process.destroyForcibly();
        return waitFor();
    }

    /** Stops the process as an operator would (SIGTERM: the shutdown hook closes the engine). */
    int stop() {
        process.destroy();
        return waitFor();
    }

    private int waitFor() {
        try {
            return process.waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        try {
            Path last = logs.resolve("app-" + starts + ".log");
            String text = Files.exists(last) ? Files.readString(last) : "";
            return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
        }
        catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of this test run (Surefire puts it in a manifest-only jar and says the real one in a property). */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.comptoir.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The moments of a run of {@code bench/two-nodes.sh}, in a file both the script and the load generator append to, one
 * {@code <event> <epoch milliseconds>} line each: the load generator's {@code load-start} and {@code load-end}, the
 * script's {@code kill}, {@code restart} and {@code ready} (the killed node healthy again).
 */
final class Timeline {
    private final Path file;

    Timeline(Path file) {
        this.file = file;
    }

    void mark(String event) throws IOException {
        Files.writeString(file, event + " " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Each event's first moment. */
    Map<String, Long> events() throws IOException {
        Map<String, Long> events = new TreeMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.trim().split(" ");
                if (fields.length == 2) {
                    events.putIfAbsent(fields[0], Long.parseLong(fields[1]));
                }
            }
        }
        return events;
    }

    /** The event's moment once it is written, waiting up to {@code patience}. */
    Optional<Long> await(String event, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!events().containsKey(event) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        return Optional.ofNullable(events().get(event));
    }
}

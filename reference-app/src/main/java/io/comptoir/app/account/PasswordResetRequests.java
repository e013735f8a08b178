package io.comptoir.app.account;

import io.comptoir.engine.api.account.AccountDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Forgotten-password requests of shoppers, handled off the request thread. For a known address the engine locks the
 * account, stores a token, publishes an event and writes a mail; for an unknown one it reads one row. Done while the
 * shopper waits, the difference in response time would tell whether an address has an account. Here the request
 * thread only queues the request, and one worker thread makes the engine calls, one after the other.
 *
 * <p>The queue is bounded: when it is full (a flood of requests, or a database that stopped answering) a request is
 * dropped, with a WARN naming only the address's domain, and counted in {@code comptoir.password_reset.dropped}. The
 * shopper's answer is the same either way, as it is when the engine's own limit of resets per hour refuses one; they
 * can ask again. A failing request is logged and counted in {@code comptoir.password_reset.failed}; the worker goes on
 * with the next. The queue lives in memory: requests not yet handled when the node stops after {@link #close()}'s grace
 * period, or crashes, are lost.
 */
public final class PasswordResetRequests implements AutoCloseable {
    /** Requests waiting at most; one takes a few milliseconds, so a full queue means a flood or a stuck database. */
    public static final int DEFAULT_CAPACITY = 500;
    /** How long {@link #close()} lets the worker finish the requests already queued. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(10);
    static final String DROPPED = "comptoir.password_reset.dropped";
    static final String FAILED = "comptoir.password_reset.failed";
    static final String QUEUED = "comptoir.password_reset.queued";

    private static final Logger log = LoggerFactory.getLogger(PasswordResetRequests.class);
    /** Put behind the last request by {@link #close()}: the worker stops when it takes it. */
    private static final Request STOP = new Request("", "");

    private record Request(String email, String resetUrlPrefix) {
    }

    private final AccountDirectory accounts;
    private final BlockingQueue<Request> queue;
    private final Duration closeGrace;
    private final Counter dropped;
    private final Counter failed;
    private final Thread worker;
    /** Guarded by {@code this}, so that nothing is queued behind {@link #STOP}. */
    private boolean closed;

    public PasswordResetRequests(AccountDirectory accounts, MeterRegistry meters) {
        this(accounts, meters, DEFAULT_CAPACITY, DEFAULT_CLOSE_GRACE);
    }

    /** Starts the worker thread. */
    public PasswordResetRequests(AccountDirectory accounts, MeterRegistry meters, int capacity, Duration closeGrace) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        requireNonNull(meters, "meters is null");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.closeGrace = requireNonNull(closeGrace, "closeGrace is null");
        // One more place than the capacity, for STOP.
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.dropped = Counter.builder(DROPPED).description("Password reset requests dropped because the queue was full")
                .register(meters);
        this.failed = Counter.builder(FAILED).description("Password reset requests whose handling failed").register(meters);
        Gauge.builder(QUEUED, queue, BlockingQueue::size).description("Password reset requests waiting to be handled")
                .register(meters);
        this.worker = new Thread(this::work, "password-reset");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Queues a reset request and returns at once, without a hint of whether the address has an account.
     *
     * @param resetUrlPrefix what the token is appended to in the mail (read from the request before it ends)
     * @return false when the request was dropped: queue full, or closed
     */
    public boolean submit(String email, String resetUrlPrefix) {
        Request request = new Request(requireNonNull(email, "email is null"), requireNonNull(resetUrlPrefix, "resetUrlPrefix is null"));
        synchronized (this) {
            if (!closed && capacityLeft() > 0 && queue.offer(request)) {
                return true;
            }
        }
        dropped.increment();
        log.warn("Password reset request for an address at {} dropped: {}", domainOf(email),
                isClosed() ? "the application is stopping" : "the queue is full");
        return false;
    }

    /** Free places for requests; the last place of the queue is kept for {@link #STOP}. */
    private int capacityLeft() {
        return queue.remainingCapacity() - 1;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void work() {
        while (true) {
            Request next;
            try {
                next = queue.take();
            }
            catch (InterruptedException e) {
                log.warn("Password reset worker interrupted: {} queued requests not handled", queue.size());
                return;
            }
            if (next == STOP) {
                return;
            }
            handle(next);
        }
    }

    private void handle(Request request) {
        try {
            accounts.requestPasswordReset(request.email(), request.resetUrlPrefix());
        }
        catch (RuntimeException e) {
            failed.increment();
            log.error("Password reset request for an address at {} failed", domainOf(request.email()), e);
        }
    }

    /**
     * Stops taking requests, lets the worker handle those already queued for at most the grace period, then drops what
     * is left. The worker is never interrupted: that could break a database call half-way; a request it is still
     * running after the grace ends on its own (the thread is a daemon).
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            // There is always a place for STOP: submit keeps the last one free.
            queue.add(STOP);
        }
        try {
            worker.join(closeGrace.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            List<Request> abandoned = new ArrayList<>();
            queue.drainTo(abandoned);
            abandoned.remove(STOP);
            queue.offer(STOP);
            dropped.increment(abandoned.size());
            log.warn("Password reset worker still busy after {} s: {} queued requests dropped", closeGrace.toSeconds(), abandoned.size());
        }
    }

    /** True while the worker runs (tests). */
    boolean workerAlive() {
        return worker.isAlive();
    }

    /** Waits for the worker to end, at most the given time; true when it has (tests). */
    boolean awaitWorker(Duration atMost) throws InterruptedException {
        worker.join(atMost.toMillis());
        return !worker.isAlive();
    }

    /** The part of an address after its last {@code @}, enough to see a flood aimed at one provider without naming anyone. */
    static String domainOf(String email) {
        // The text comes from the internet: no line breaks or control characters into the log, and not too long.
        String domain = email.substring(email.lastIndexOf('@') + 1).codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (domain.isEmpty() || email.indexOf('@') < 0) {
            return "(no domain)";
        }
        return domain.length() > 100 ? domain.substring(0, 100) + "…" : domain;
    }
}

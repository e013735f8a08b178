package io.comptoir.fakestripe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Posts the fake's events to the webhook endpoint, signed as Stripe signs them. Automatic by default: each event is
 * posted as it happens, in another thread, and posted again (after a short pause here, over three days at Stripe) while
 * the endpoint does not answer 2xx. Manual for tests that deliver events themselves: twice, late, out of order, or signed
 * wrongly.
 */
public final class WebhookSender implements AutoCloseable {
    private static final int MAX_ATTEMPTS = 20;

    private final String secret;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "fake-stripe-webhooks");
        daemon.setDaemon(true);
        return daemon;
    });
    private final Object lock = new Object();
    private final Map<String, SignedEvent> unsigned = new LinkedHashMap<>();
    private final Deque<String> undelivered = new ArrayDeque<>();
    private final Map<String, Integer> attempts = new LinkedHashMap<>();
    private final List<String> delivered = new ArrayList<>();
    private WebhookEndpoint endpoint;
    private boolean automatic = true;
    private boolean draining;
    private boolean closed;

    WebhookSender(String secret, Clock clock) {
        this.secret = requireNonNull(secret, "secret is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Where events go from now on. */
    public void sendTo(WebhookEndpoint target) {
        synchronized (lock) {
            endpoint = requireNonNull(target, "target is null");
        }
        flush();
    }

    /** Holds events until the test delivers them ({@link #deliver}); automatic delivery is the default. */
    public void holdForManualDelivery() {
        synchronized (lock) {
            automatic = false;
        }
    }

    public void deliverAutomatically() {
        synchronized (lock) {
            automatic = true;
        }
        flush();
    }

    void queue(String eventId, String type, String body) {
        synchronized (lock) {
            unsigned.put(eventId, new SignedEvent(eventId, type, body, ""));
            undelivered.add(eventId);
        }
    }

    /** Starts posting what is waiting, when delivery is automatic. */
    void flush() {
        synchronized (lock) {
            if (!automatic || endpoint == null || draining || undelivered.isEmpty()) {
                return;
            }
            draining = true;
        }
        thread.execute(this::drain);
    }

    private void drain() {
        int failuresInARow = 0;
        while (true) {
            String eventId;
            synchronized (lock) {
                if (closed || !automatic || undelivered.isEmpty()) {
                    draining = false;
                    lock.notifyAll();
                    return;
                }
                eventId = undelivered.poll();
            }
            int status = post(sign(eventId));
            synchronized (lock) {
                if (status / 100 == 2) {
                    delivered.add(eventId);
                    failuresInARow = 0;
                }
                else if (attempts.getOrDefault(eventId, 0) < MAX_ATTEMPTS) {
                    undelivered.add(eventId);
                    failuresInARow++;
                }
                lock.notifyAll();
            }
            if (failuresInARow > 0) {
                pause(Math.min(200, 5L << Math.min(failuresInARow, 6)));
            }
        }
    }

    /** The event signed now with the endpoint's secret. */
    public SignedEvent sign(String eventId) {
        return sign(eventId, secret, clock.instant());
    }

    /** The event signed with any secret at any time (to test refusals). */
    public SignedEvent sign(String eventId, String withSecret, Instant at) {
        SignedEvent event;
        synchronized (lock) {
            event = unsigned.get(eventId);
        }
        if (event == null) {
            throw new IllegalArgumentException("no event " + eventId);
        }
        return new SignedEvent(eventId, event.type(), event.body(), Signatures.header(withSecret, at.getEpochSecond(), event.body()));
    }

    /** Posts the event now, signed now, whatever the mode; returns the endpoint's status. */
    public int deliver(String eventId) {
        int status = post(sign(eventId));
        synchronized (lock) {
            if (status / 100 == 2) {
                undelivered.remove(eventId);
                delivered.add(eventId);
            }
        }
        return status;
    }

    /** Posts an event as given (its signature may be wrong); returns the endpoint's status. */
    public int post(SignedEvent event) {
        WebhookEndpoint target;
        synchronized (lock) {
            target = endpoint;
            attempts.merge(event.eventId(), 1, Integer::sum);
        }
        if (target == null) {
            throw new IllegalStateException("no webhook endpoint");
        }
        try {
            return target.post(event.headers(), event.bytes());
        }
        catch (RuntimeException e) {
            return 500;
        }
    }

    /** Events not delivered yet, oldest first. */
    public List<String> undelivered() {
        synchronized (lock) {
            return List.copyOf(undelivered);
        }
    }

    /** Events the endpoint took (2xx), in the order it took them. */
    public List<String> delivered() {
        synchronized (lock) {
            return List.copyOf(delivered);
        }
    }

    /** How often each event was posted. */
    public int attempts(String eventId) {
        synchronized (lock) {
            return attempts.getOrDefault(eventId, 0);
        }
    }

    /** Waits until automatic delivery has nothing left to post (or gave up on what it could not). */
    public void awaitIdle(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (lock) {
            while (draining || automatic && endpoint != null && !undelivered.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("webhooks still undelivered: " + undelivered);
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops posting: the delivery under way ends, the others are dropped. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

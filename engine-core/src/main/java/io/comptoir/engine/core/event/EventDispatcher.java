package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEventListener;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * Delivers outbox events to their listeners, at least once, from any node: a node claims a delivery row with a
 * guarded update (a lease), calls the listener, and marks the row delivered; a listener that fails is retried with
 * exponential back-off (capped at one hour). A crashed node's lease simply runs out.
 */
public final class EventDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition poked = lock.newCondition();
    private volatile boolean running;
    private boolean pokedFlag;
    private Thread thread;

    public EventDispatcher(Jdbi jdbi, Clock clock, Subscriptions subscriptions) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "comptoir-event-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a dispatch round now rather than at the next poll (e.g. after a commit that published events). */
    public void poke() {
        lock.lock();
        try {
            pokedFlag = true;
            poked.signalAll();
        }
        finally {
            lock.unlock();
        }
    }

    /** Delivers every due event now, in the caller's thread; returns how many deliveries succeeded. */
    public int deliverDue() {
        int delivered = 0;
        while (true) {
            Round round = dispatchRound();
            delivered += round.delivered;
            if (round.seen < BATCH) {
                return delivered;
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                deliverDue();
            }
            catch (RuntimeException e) {
                log.warn("Event dispatch round failed; retrying shortly", e);
            }
            awaitPokeOrPoll();
        }
    }

    private void awaitPokeOrPoll() {
        lock.lock();
        try {
            if (!pokedFlag && running) {
                poked.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
            pokedFlag = false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        finally {
            lock.unlock();
        }
    }

    private record Round(int seen, int delivered) {
    }

    private Round dispatchRound() {
        Instant now = clock.instant();
        List<DeliveryRow> due = jdbi.withExtension(EventDao.class, dao -> dao.dueDeliveries(now, BATCH));
        int delivered = 0;
        for (DeliveryRow row : due) {
            if (deliver(row, now)) {
                delivered++;
            }
        }
        return new Round(due.size(), delivered);
    }

    private boolean deliver(DeliveryRow row, Instant now) {
        Optional<DomainEventListener> listener = subscriptions.listener(row.subscription());
        if (listener.isEmpty()) {
            // A subscription of a plugin this node does not run: another node (or a later version) delivers it.
            return false;
        }
        int claimed = jdbi.withExtension(EventDao.class,
                dao -> dao.claim(row.eventId(), row.subscription(), row.nextAttemptAt(), now.plus(LEASE)));
        if (claimed == 0) {
            return false;
        }
        Optional<EventRow> event = jdbi.withExtension(EventDao.class, dao -> dao.event(row.eventId()));
        try {
            listener.get().onEvent(event.orElseThrow().toEvent());
            jdbi.useExtension(EventDao.class, dao -> dao.markDelivered(row.eventId(), row.subscription(), clock.instant()));
            return true;
        }
        catch (Exception e) {
            Duration delay = backOff(row.attempts());
            log.warn("Listener {} failed on event {} (attempt {}); retry in {}", row.subscription(), row.eventId(), row.attempts() + 1, delay, e);
            String error = String.valueOf(e.getMessage());
            jdbi.useExtension(EventDao.class, dao -> dao.markFailed(row.eventId(), row.subscription(), clock.instant().plus(delay),
                    error.substring(0, Math.min(error.length(), 2000))));
            return false;
        }
    }

    static Duration backOff(int attempts) {
        long seconds = 1L << Math.min(attempts, 12);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    @Override
    public void close() {
        Thread toJoin;
        synchronized (this) {
            running = false;
            toJoin = thread;
        }
        poke();
        if (toJoin != null) {
            try {
                toJoin.join(5000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

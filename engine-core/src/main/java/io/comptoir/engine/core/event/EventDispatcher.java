package io.comptoir.engine.core.event;

import io.comptoir.engine.core.persistence.DurabilityBarrier;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.engine.core.support.Tokens;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * Delivers committed events to the subscriptions this node serves, at least once, from any number of nodes.
 *
 * <ul>
 *   <li>Subscriptions live in the database ({@code event_subscription}): each node registers its own at start-up, and
 *       each reads the whole event feed ({@link EventFeed}) from its own position, whichever node published the events.
 *       A subscription no node serves keeps its place and holds nothing back.</li>
 *   <li>A node delivers to a subscription only while it holds the subscription's lease (a guarded update), renewed
 *       every third of {@code events.lease} while its listener runs: one node at a time, in feed order.</li>
 *   <li>Subscriptions are delivered by a small pool ({@code events.threads}), one thread per subscription at a time, so
 *       a slow or failing listener holds back only its own subscription.</li>
 * </ul>
 */
public final class EventDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    /** How long a background session keeps one subscription before letting the others have the thread. */
    private static final Duration TIME_SLICE = Duration.ofSeconds(2);
    private static final Duration UNBOUNDED = Duration.ofDays(365);
    /** How many events a round reads at most to move subscriptions past those they do not want. */
    private static final int LOOK_AHEAD = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final EventSettings settings;
    private final EventFeed feed;
    private final String node = "node-" + ProcessHandle.current().pid() + "-" + Tokens.random(4);
    private final SubscriptionWorker worker;
    private final Map<String, ReentrantLock> sessions = new ConcurrentHashMap<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Set<SubscriptionWorker.Claim> claims = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition poked = lock.newCondition();
    private volatile boolean running;
    private boolean pokedFlag;
    private Thread coordinator;
    private ExecutorService pool;
    private ScheduledExecutorService leaseKeeper;

    public EventDispatcher(Jdbi jdbi, Clock clock, Subscriptions subscriptions, Map<String, String> properties, DurabilityBarrier durable) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
        this.settings = EventSettings.from(requireNonNull(properties, "properties is null"));
        this.feed = new EventFeed(jdbi);
        this.worker = new SubscriptionWorker(jdbi, clock, feed, settings, node, durable);
    }

    /** This node's name in leases and in {@code last_served_by}. */
    public String node() {
        return node;
    }

    EventFeed feed() {
        return feed;
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    /**
     * Records this node's subscriptions in the database: a subscription the database does not know yet starts where its
     * registration says; the others keep their place.
     */
    public void registerSubscriptions() {
        for (Subscriptions.Registration registration : subscriptions.all()) {
            String name = registration.name();
            Instant now = clock.instant();
            if (jdbi.withExtension(SubscriptionDao.class, dao -> dao.served(name, now, node)) == 1) {
                continue;
            }
            long position = feed.positionFor(registration.start(), name);
            try {
                jdbi.useExtension(SubscriptionDao.class, dao -> dao.insert(name, position, now, node));
                log.info("New event subscription {} starts after feed position {} ({})", name, position, registration.start());
            }
            catch (RuntimeException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
                jdbi.useExtension(SubscriptionDao.class, dao -> dao.served(name, now, node));   // another node was first
            }
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newFixedThreadPool(settings.threads(), runnable -> daemon(runnable, "comptoir-events-" + threads.incrementAndGet()));
        leaseKeeper = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "comptoir-event-leases"));
        long renewal = Math.max(settings.lease().toMillis() / 3, 50);
        leaseKeeper.scheduleWithFixedDelay(this::renewLeases, renewal, renewal, TimeUnit.MILLISECONDS);
        coordinator = daemon(this::loop, "comptoir-event-dispatcher");
        coordinator.start();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
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

    /**
     * Delivers every due event to this node's subscriptions now, in the caller's thread, including the events their
     * listeners publish meanwhile; returns how many deliveries succeeded. A subscription another node holds is left to
     * it; one in back-off waits for its time.
     */
    public int deliverDue() {
        int delivered = 0;
        boolean moved = true;
        while (moved) {
            moved = false;
            long head = feed.extend();
            for (Subscriptions.Registration registration : subscriptions.all()) {
                ReentrantLock session = sessions.computeIfAbsent(registration.name(), name -> new ReentrantLock());
                session.lock();
                try {
                    Optional<SubscriptionRow> row = jdbi.withExtension(SubscriptionDao.class, dao -> dao.one(registration.name()));
                    if (row.isEmpty() || !hasWork(row.get(), head, clock.instant())) {
                        continue;
                    }
                    SubscriptionWorker.Session done = claimAndWork(registration, row.get(), UNBOUNDED, Optional.empty());
                    delivered += done.delivered();
                    moved |= done.moved();
                }
                finally {
                    session.unlock();
                }
            }
        }
        return delivered;
    }

    private static boolean hasWork(SubscriptionRow row, long head, Instant now) {
        return row.replays() > 0 || (row.feedPosition() < head && !row.nextAttemptAt().isAfter(now));
    }

    private SubscriptionWorker.Session claimAndWork(Subscriptions.Registration registration, SubscriptionRow row, Duration budget,
                                                    Optional<List<FeedEvent>> known) {
        String name = registration.name();
        Instant now = clock.instant();
        if (jdbi.withExtension(SubscriptionDao.class, dao -> dao.claim(name, row.feedPosition(), node, now, now.plus(settings.lease()))) == 0) {
            return SubscriptionWorker.Session.NOTHING;   // another node has it, or moved it since it was read
        }
        SubscriptionWorker.Claim claim = new SubscriptionWorker.Claim(name);
        claims.add(claim);
        SubscriptionWorker.Progress unstored = SubscriptionWorker.Progress.NONE;
        try {
            SubscriptionWorker.Session done = worker.work(registration, row, claim, budget, known);
            unstored = done.unstored();
            return done;
        }
        finally {
            claims.remove(claim);
            release(name, unstored);
        }
    }

    /**
     * Gives the lease up, storing the session's last progress in the same update. When that update finds the lease lost
     * or the position moved (an operator's rewind), nothing is stored (those events are delivered again: at least once)
     * and the lease, if still this node's, is given up alone.
     */
    private void release(String name, SubscriptionWorker.Progress unstored) {
        try {
            Instant now = clock.instant();
            if (!unstored.any() || jdbi.withExtension(SubscriptionDao.class,
                    dao -> dao.advanceAndRelease(name, node, unstored.from(), unstored.to(), now)) == 0) {
                jdbi.useExtension(SubscriptionDao.class, dao -> dao.release(name, node));
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not release the lease of subscription {}; it runs out by itself", name, e);
        }
    }

    private void loop() {
        long lastBusyRound = System.nanoTime() - settings.roundSpacing().toNanos();
        while (running) {
            long started = System.nanoTime();
            try {
                if (round()) {
                    lastBusyRound = started;
                }
            }
            catch (RuntimeException e) {
                log.warn("Event dispatch round failed; retrying shortly", e);
                lastBusyRound = started;
            }
            awaitPokeOrPoll(lastBusyRound);
        }
    }

    /**
     * Hands every subscription of this node with work to do, and no other node on it, to the pool. A subscription whose
     * listener wants none of the events it has yet to read is moved past them at once, without a lease or a thread:
     * the events of this round are read once for all subscriptions, so a subscription costs one statement per round
     * for the events it does not want. Returns whether any subscription had work.
     */
    private boolean round() {
        long head = feed.extend();
        Instant now = clock.instant();
        List<SubscriptionRow> waiting = new ArrayList<>();
        for (SubscriptionRow row : jdbi.withExtension(SubscriptionDao.class, SubscriptionDao::all)) {
            if (subscriptions.serves(row.subscription()) && hasWork(row, head, now) && !row.isLeasedByAnotherThan(node, now)
                    && !queued.contains(row.subscription())) {
                waiting.add(row);
            }
        }
        List<FeedEvent> pending = pendingEvents(waiting, head);
        Optional<List<FeedEvent>> known = Optional.ofNullable(pending);
        for (SubscriptionRow row : waiting) {
            Subscriptions.Registration registration = subscriptions.registration(row.subscription()).orElseThrow();
            if (pending != null && wantsNone(registration, row, pending)) {
                jdbi.useExtension(SubscriptionDao.class, dao -> dao.skip(row.subscription(), row.feedPosition(), head, now));
                continue;
            }
            if (!queued.add(row.subscription())) {
                continue;
            }
            try {
                pool.execute(() -> session(registration, row, known));
            }
            catch (RejectedExecutionException closing) {
                queued.remove(row.subscription());
                return true;
            }
        }
        return !waiting.isEmpty();
    }

    /**
     * Every event after the furthest-behind waiting subscription, up to the head; null when there are too many to look at.
     * The sessions of this round start from them rather than read them again.
     */
    private List<FeedEvent> pendingEvents(List<SubscriptionRow> waiting, long head) {
        long from = waiting.stream().mapToLong(SubscriptionRow::feedPosition).min().orElse(head);
        if (from >= head || head - from > LOOK_AHEAD) {
            return null;
        }
        return feed.after(from, LOOK_AHEAD);
    }

    private static boolean wantsNone(Subscriptions.Registration registration, SubscriptionRow row, List<FeedEvent> pending) {
        if (row.replays() > 0 || row.isFailing()) {
            return false;
        }
        return pending.stream().filter(event -> event.position() > row.feedPosition())
                .noneMatch(event -> SubscriptionWorker.accepts(registration.listener(), event.row().type()));
    }

    private void session(Subscriptions.Registration registration, SubscriptionRow row, Optional<List<FeedEvent>> known) {
        boolean more = false;
        ReentrantLock session = sessions.computeIfAbsent(registration.name(), name -> new ReentrantLock());
        try {
            if (running && session.tryLock()) {
                try {
                    more = claimAndWork(registration, row, TIME_SLICE, known).more();
                }
                finally {
                    session.unlock();
                }
            }
        }
        catch (RuntimeException e) {
            log.warn("Delivery to subscription {} failed; retrying shortly", registration.name(), e);
        }
        finally {
            queued.remove(registration.name());
        }
        if (more) {
            poke();
        }
    }

    private void renewLeases() {
        for (SubscriptionWorker.Claim claim : claims) {
            try {
                Instant until = clock.instant().plus(settings.lease());
                if (jdbi.withExtension(SubscriptionDao.class, dao -> dao.renew(claim.subscription, node, until)) == 0) {
                    claim.lost = true;
                    log.warn("Node {} lost its lease on subscription {}: another node may deliver its events", node, claim.subscription);
                }
            }
            catch (RuntimeException e) {
                log.warn("Could not renew the lease of subscription {}", claim.subscription, e);
            }
        }
    }

    /**
     * Waits for a poke or the poll interval, and in any case the batch window ({@code events.batch-window}) since the last
     * round that had work began: under a stream of commits, rounds (and each subscription's claim, read and release) are
     * spaced out and gather many commits' events, while the first commit after a quiet spell is delivered at once.
     */
    private void awaitPokeOrPoll(long busyRoundStarted) {
        lock.lock();
        try {
            if (!pokedFlag && running) {
                poked.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
            long remaining;
            while (running && (remaining = settings.roundSpacing().toNanos() - (System.nanoTime() - busyRoundStarted)) > 0) {
                poked.awaitNanos(remaining);
            }
            pokedFlag = false;   // the next round sees what every poke so far announced
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        Thread toJoin;
        synchronized (this) {
            running = false;
            toJoin = coordinator;
        }
        poke();
        join(toJoin);
        if (pool != null) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                    log.warn("Event listeners still running after 5 s; their subscriptions' leases run out by themselves");
                    pool.shutdownNow();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (leaseKeeper != null) {
            leaseKeeper.shutdownNow();
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(5000);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

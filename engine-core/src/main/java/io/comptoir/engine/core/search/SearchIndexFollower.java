package io.comptoir.engine.core.search;

import io.comptoir.engine.core.support.BackgroundThreads;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.core.catalogue.StockEvents;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.EventDao;
import io.comptoir.engine.core.event.EventRow;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static java.util.Objects.requireNonNull;

/**
 * Keeps this node's {@link SearchIndex} in step with the database. At start it rebuilds the index from the
 * catalogue; then it follows the {@code domain_event} change feed, which every node writes and every node reads, so
 * a change made on any node reaches every node's index: at once on the node that made it (its services signal each
 * commit), elsewhere when that node's commit notification arrives (PostgreSQL, see {@code FeedNotifications}) or at the
 * latest at the next poll (an indexed read of the feed's tail, four times a second by default).
 *
 * <p>Event ids are given at insert time but become visible at commit, so a smaller id can appear after a larger one.
 * The follower therefore remembers the ids it skipped over ("gaps") and looks for them again until they appear or are
 * old enough to belong to a rolled-back transaction.
 */
public final class SearchIndexFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexFollower.class);
    private static final int BATCH = 500;
    private static final long GAP_PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(2);
    /**
     * A product created on one node is to be found by another's search within a second ({@code bench/two-nodes.sh}
     * measures it): polling each second alone took that second, before the read, the update and the search.
     */
    public static final Duration DEFAULT_POLL = Duration.ofMillis(250);
    /**
     * The least time between two catch-ups of the follower's own thread (or the poll interval, if shorter): under a
     * stream of commits that wake it (orders, payments, other nodes' notifications), it reads the feed at most twenty
     * times a second instead of once or twice per commit. Nothing waits on these wakes: a write read back through the
     * index catches up in its own thread ({@link #catchUp}), and a settlement wakes its waiters itself.
     */
    private static final long MIN_WAKE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** A wider jump is not concurrency but ids lost otherwise (a sequence cache, purged events): nothing to wait for. */
    private static final long MAX_GAP = 1000;
    /** Merchant events that change what its products' documents say (name, commune) or whether they are visible. */
    private static final java.util.Set<String> AFFECTS_DOCUMENTS = java.util.Set.of("merchant.imported", "merchant.profile_updated",
            "merchant.status_changed");

    private final Jdbi jdbi;
    private final SearchIndex index;
    private final SearchDocumentSource source;
    private final List<ChangeFeedListener> listeners;
    private final Duration poll;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Map<Long, Long> gaps = new LinkedHashMap<>();
    private long cursor;
    /** Calls of {@link #catchUp()} so far, and how many of them the last finished catch-up covered. */
    private final AtomicLong requests = new AtomicLong();
    private long served;
    private volatile boolean running;
    private volatile boolean suspended;
    private volatile Throwable failure;
    private volatile Thread thread;

    /**
     * @param listeners told of every batch of changes it follows (caches of other data than the index)
     * @param poll how often it reads the feed when nothing woke it
     */
    public SearchIndexFollower(Jdbi jdbi, SearchIndex index, SearchDocumentSource source, List<ChangeFeedListener> listeners,
                               Duration poll) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.poll = requireNonNull(poll, "poll is null");
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll must be positive");
        }
        this.index = requireNonNull(index, "index is null");
        this.source = requireNonNull(source, "source is null");
        this.listeners = List.copyOf(requireNonNull(listeners, "listeners is null"));
    }

    /** Rebuilds the index in the background, then follows changes. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = BackgroundThreads.start("comptoir-search-follower", this::run);
    }

    private void run() {
        try {
            rebuild();
        }
        catch (RuntimeException e) {
            failure = e;
            log.error("Search index rebuild failed", e);
            return;
        }
        long spacing = Math.min(MIN_WAKE_INTERVAL_NANOS, poll.toNanos());
        long lastCatchUp = System.nanoTime();
        while (running) {
            try {
                LockSupport.parkNanos(this, poll.toNanos());
                long early;
                while (running && !Thread.currentThread().isInterrupted()
                        && (early = spacing - (System.nanoTime() - lastCatchUp)) > 0) {
                    LockSupport.parkNanos(this, early);
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                lastCatchUp = System.nanoTime();
                catchUp();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException e) {
                log.warn("Following catalogue changes failed; retrying", e);
            }
        }
    }

    private void rebuild() {
        long started = System.nanoTime();
        long startCursor = jdbi.withExtension(EventDao.class, EventDao::lastEventId);
        index.replaceAll(source.all());
        synchronized (this) {
            cursor = startCursor;
        }
        ready.countDown();
        log.info("Search index rebuilt: {} products in {} ms", index.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        catchUp();
    }

    public boolean isReady() {
        return ready.getCount() == 0;
    }

    /** Waits for the start-up rebuild. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        boolean done = ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (failure != null) {
            throw new IllegalStateException("search index rebuild failed", failure);
        }
        return done;
    }

    /**
     * Stops applying changes until {@link #resume()}: a bulk load (thousands of writes in a row) then costs one index
     * update per batch of changes instead of one per write.
     */
    public void suspend() {
        suspended = true;
    }

    /** Applies everything that changed while suspended, then follows writes again. */
    public void resume() {
        suspended = false;
        catchUp();
    }

    /** Asks the follower's thread to catch up now rather than at its next poll; returns at once. */
    public void wake() {
        Thread follower = thread;
        if (follower != null) {
            LockSupport.unpark(follower);
        }
    }

    /**
     * Applies every change committed before this call and not yet applied. Before the rebuild finished it does nothing:
     * the rebuild will. Every commit of this node calls it: callers that queue behind a catch-up which began after their
     * commit are already served by it, so a burst of commits costs a few reads of the feed, not one each.
     */
    public void catchUp() {
        long ticket = requests.incrementAndGet();
        synchronized (this) {
            if (served >= ticket) {
                return;
            }
            long covering = requests.get();
            catchUpNow();
            served = covering;
        }
    }

    private void catchUpNow() {
        if (!isReady() || suspended) {
            return;
        }
        while (true) {
            List<EventRow> events = nextEvents();
            if (events.isEmpty()) {
                return;
            }
            apply(events);
            if (events.size() < BATCH) {
                return;
            }
        }
    }

    private List<EventRow> nextEvents() {
        long now = System.nanoTime();
        gaps.values().removeIf(firstMissed -> now - firstMissed > GAP_PATIENCE_NANOS);
        List<EventRow> events = new ArrayList<>();
        if (!gaps.isEmpty()) {
            events.addAll(jdbi.withExtension(EventDao.class, dao -> dao.eventsWithIds(List.copyOf(gaps.keySet()))));
            events.forEach(event -> gaps.remove(event.id()));
        }
        List<EventRow> fresh = jdbi.withExtension(EventDao.class, dao -> dao.eventsAfter(cursor, BATCH));
        for (EventRow event : fresh) {
            if (event.id() - cursor <= MAX_GAP) {
                for (long missing = cursor + 1; missing < event.id(); missing++) {
                    gaps.put(missing, now);
                }
            }
            cursor = event.id();
        }
        events.addAll(fresh);
        return events;
    }

    private void apply(List<EventRow> events) {
        for (ChangeFeedListener listener : listeners) {
            listener.changed(events);
        }
        Set<Long> products = new HashSet<>();
        for (EventRow event : events) {
            switch (event.aggregateType()) {
                case "product" -> {
                    if (!leavesAvailabilityAlone(event)) {
                        products.add(Long.parseLong(event.aggregateId()));
                    }
                }
                case "merchant" -> {
                    if (AFFECTS_DOCUMENTS.contains(event.type())) {
                        products.addAll(source.productsOfMerchant(Long.parseLong(event.aggregateId())));
                    }
                }
                default -> {
                }
            }
        }
        reindex(products);
    }

    /** A sale that left the product in stock: its document says the same as before. */
    private static boolean leavesAvailabilityAlone(EventRow event) {
        return event.type().equals(StockEvents.STOCK_CHANGED)
                && StockEvents.AVAILABILITY_UNCHANGED.equals(event.dataValues().get(StockEvents.AVAILABILITY));
    }

    private void reindex(Set<Long> products) {
        if (products.isEmpty()) {
            return;
        }
        List<SearchDocument> documents = source.documents(products);
        Set<Long> invisible = new HashSet<>(products);
        documents.forEach(document -> invisible.remove(document.productId().value()));
        if (!documents.isEmpty()) {
            index.upsert(documents);
        }
        if (!invisible.isEmpty()) {
            index.remove(invisible.stream().map(ProductId::new).toList());
        }
    }

    @Override
    public void close() {
        Thread toStop;
        synchronized (this) {
            running = false;
            toStop = thread;
        }
        BackgroundThreads.stop(toStop);
    }
}

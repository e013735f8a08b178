package io.comptoir.engine.core.order;

import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.EventRow;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wakes whoever waits for a customer order's payment to settle: this node's settlement says so right after its commit,
 * and the change feed brings the {@code customer_order.*} event of a settlement made by any node. A wake-up only means
 * "read the order again"; the reader decides from what it reads.
 *
 * <p>Waiters of one order share one signal. A waiter registers before it reads the order, so a settlement that commits
 * between the two is never missed; one that finds the order already settled (or unknown) wakes the others too, since
 * whatever it saw they will see.
 */
@Singleton
public final class SettlementWatch implements ChangeFeedListener, AutoCloseable {
    private static final int READERS = 4;

    /** Past it the orders known pending are forgotten (their waiters then look before waiting, as for any other order). */
    private static final int MAX_KNOWN_PENDING = 10_000;

    private final ConcurrentMap<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final Set<Long> knownPending = ConcurrentHashMap.newKeySet();
    private final ExecutorService readers;

    public SettlementWatch() {
        AtomicInteger threads = new AtomicInteger();
        // Woken waiters read the order again here, not in the thread that woke them (a settlement, the change feed, or
        // the JDK's timeout thread, which must never block).
        this.readers = Executors.newFixedThreadPool(READERS, runnable -> {
            Thread thread = new Thread(runnable, "comptoir-settlement-watch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Where woken waiters read the order again. */
    Executor readers() {
        return readers;
    }

    /** A signal completed when the order may have settled, or after {@code patience} at the latest. */
    CompletableFuture<Void> watch(long customerOrderId, Duration patience) {
        return waiting.computeIfAbsent(customerOrderId, id -> new CompletableFuture<>())
                .copy()
                .completeOnTimeout(null, patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * This node's checkout has committed the order pending and is about to ask its providers: nothing can have settled it
     * yet, and whatever settles it from now on says so here ({@link #settled}, on any node through the feed). Until then
     * a waiter registered on this node need not look at the order before waiting.
     */
    void pending(long customerOrderId) {
        if (knownPending.size() >= MAX_KNOWN_PENDING) {
            knownPending.clear();
        }
        knownPending.add(customerOrderId);
    }

    /** The checkout could not tell how its order ended (it failed unexpectedly): its waiters look again. */
    void unknown(long customerOrderId) {
        knownPending.remove(customerOrderId);
    }

    /** Still pending for all this node knows: {@link #pending} was said of it and no settlement since. */
    boolean knownPending(long customerOrderId) {
        return knownPending.contains(customerOrderId);
    }

    /** Wakes every waiter of the order. */
    void settled(long customerOrderId) {
        // forgotten before the signal is completed: a waiter that registered after that completion sees it is not pending
        knownPending.remove(customerOrderId);
        CompletableFuture<Void> signal = waiting.remove(customerOrderId);
        if (signal != null) {
            signal.complete(null);
        }
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }

    @Override
    public void changed(List<EventRow> events) {
        if (waiting.isEmpty() && knownPending.isEmpty()) {
            return;
        }
        for (EventRow event : events) {
            if (event.aggregateType().equals(OrderEvents.CUSTOMER_ORDER)) {
                try {
                    settled(Long.parseLong(event.aggregateId()));
                }
                catch (NumberFormatException e) {
                    // not an order of this engine: nobody waits for it
                }
            }
        }
    }
}

package io.comptoir.engine.core.cache;

import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.EventRow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Values read from the database and kept by id (shops, products), because pages read them far more often than they
 * change. An entry is forgotten when this node changes it (right after the commit) and when the change feed brings an
 * event of that aggregate written by any node, so another node's change shows here within the feed's polling interval.
 *
 * <p>A read that started before a change may finish after it: it only keeps what it read if nothing was forgotten in
 * between (a generation counter), so an old value never outlives the change that made it old.
 */
public final class AggregateCache<V> implements ChangeFeedListener {
    private final String aggregateType;
    private final int maxEntries;
    private final Map<Long, V> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param aggregateType the {@code aggregate_type} of the events that change these values
     * @param maxEntries past it the cache starts over rather than grow without bound
     */
    public AggregateCache(String aggregateType, int maxEntries) {
        this.aggregateType = requireNonNull(aggregateType, "aggregateType is null");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    /** The kept value, or what {@code loader} reads (kept when present and nothing changed meanwhile). */
    public Optional<V> get(long id, Supplier<Optional<V>> loader) {
        V kept = values.get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        long before = generation.get();
        Optional<V> loaded = loader.get();
        loaded.ifPresent(value -> keep(before, id, value));
        return loaded;
    }

    private synchronized void keep(long generationAtRead, long id, V value) {
        // under the lock forget() takes too: no forget can slip between the check and the put
        if (generation.get() != generationAtRead) {
            return;
        }
        if (values.size() >= maxEntries) {
            values.clear();
        }
        values.put(id, value);
    }

    public synchronized void forget(long id) {
        generation.incrementAndGet();
        values.remove(id);
    }

    @Override
    public void changed(List<EventRow> events) {
        for (EventRow event : events) {
            if (event.aggregateType().equals(aggregateType)) {
                try {
                    forget(Long.parseLong(event.aggregateId()));
                }
                catch (NumberFormatException e) {
                    // not an id of this engine: nothing kept under it
                }
            }
        }
    }
}

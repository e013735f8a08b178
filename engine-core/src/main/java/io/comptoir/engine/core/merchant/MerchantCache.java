package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.EventRow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The shops as last read, since every page, cart and order shows them and they seldom change. An entry is forgotten when
 * this node changes the shop (right after the commit) and when the change feed brings a merchant event written by any
 * node, so another node's change shows here within the feed's polling interval.
 *
 * <p>A read that started before a change may finish after it: it only stores what it read if no shop was forgotten in
 * between (a generation counter), so an old value never outlives the change that made it old.
 */
final class MerchantCache implements ChangeFeedListener {
    /** Far above any territory's shop count: past it the cache starts over rather than grow without bound. */
    private static final int MAX_ENTRIES = 20_000;

    private final Map<Long, Merchant> merchants = new ConcurrentHashMap<>();
    private final Map<String, Long> idsBySlug = new ConcurrentHashMap<>();
    private final Map<Long, FulfilmentOptions> fulfilment = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Optional<Merchant> merchant(long id, Supplier<Optional<Merchant>> loader) {
        Merchant cached = merchants.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<Merchant> loaded = loader.get();
        loaded.ifPresent(merchant -> remember(before, () -> {
            merchants.put(merchant.id().value(), merchant);
            idsBySlug.put(merchant.slug(), merchant.id().value());
        }));
        return loaded;
    }

    Optional<Merchant> merchantBySlug(String slug, Supplier<Optional<Merchant>> loader) {
        Long id = idsBySlug.get(slug);
        Merchant cached = id == null ? null : merchants.get(id);
        if (cached != null && cached.slug().equals(slug)) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<Merchant> loaded = loader.get();
        loaded.ifPresent(merchant -> remember(before, () -> {
            merchants.put(merchant.id().value(), merchant);
            idsBySlug.put(merchant.slug(), merchant.id().value());
        }));
        return loaded;
    }

    FulfilmentOptions fulfilment(long id, Supplier<FulfilmentOptions> loader) {
        FulfilmentOptions cached = fulfilment.get(id);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        FulfilmentOptions loaded = loader.get();
        remember(before, () -> fulfilment.put(id, loaded));
        return loaded;
    }

    private synchronized void remember(long generationAtRead, Runnable put) {
        // under the lock that forget() also takes: no forget can slip between the check and the put
        if (generation.get() != generationAtRead) {
            return;
        }
        if (merchants.size() + fulfilment.size() >= MAX_ENTRIES) {
            clear();
        }
        put.run();
    }

    synchronized void forget(long id) {
        generation.incrementAndGet();
        merchants.remove(id);
        fulfilment.remove(id);
        idsBySlug.values().removeIf(each -> each == id);
    }

    private void clear() {
        merchants.clear();
        idsBySlug.clear();
        fulfilment.clear();
    }

    @Override
    public void changed(List<EventRow> events) {
        for (EventRow event : events) {
            if (event.aggregateType().equals("merchant")) {
                try {
                    forget(Long.parseLong(event.aggregateId()));
                }
                catch (NumberFormatException e) {
                    // not a shop of this engine: nothing cached under it
                }
            }
        }
    }
}

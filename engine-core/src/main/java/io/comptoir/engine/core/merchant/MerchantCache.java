package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.core.cache.AggregateCache;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.EventRow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The shops and their fulfilment options as last read, since every page, cart and order shows them and they seldom
 * change (see {@link AggregateCache} for how entries are forgotten). Slugs never change, so the slug of a shop, once
 * read, is kept for good.
 */
final class MerchantCache implements ChangeFeedListener {
    private static final int MAX_ENTRIES = 20_000;

    private final AggregateCache<Merchant> merchants = new AggregateCache<>("merchant", MAX_ENTRIES);
    private final AggregateCache<FulfilmentOptions> fulfilment = new AggregateCache<>("merchant", MAX_ENTRIES);
    private final Map<String, Long> idsBySlug = new ConcurrentHashMap<>();

    Optional<Merchant> merchant(long id, Supplier<Optional<Merchant>> loader) {
        return merchants.get(id, loader);
    }

    Optional<Merchant> merchantBySlug(String slug, Supplier<Optional<Merchant>> bySlug, LongFunction<Optional<Merchant>> byId) {
        Long id = idsBySlug.get(slug);
        if (id != null) {
            return merchants.get(id, () -> byId.apply(id));
        }
        Optional<Merchant> loaded = bySlug.get();
        loaded.ifPresent(merchant -> {
            if (idsBySlug.size() < MAX_ENTRIES) {
                idsBySlug.put(merchant.slug(), merchant.id().value());
            }
        });
        return loaded;
    }

    FulfilmentOptions fulfilment(long id, Supplier<FulfilmentOptions> loader) {
        return fulfilment.get(id, () -> Optional.of(loader.get())).orElseThrow();
    }

    void forget(long id) {
        merchants.forget(id);
        fulfilment.forget(id);
    }

    @Override
    public void changed(List<EventRow> events) {
        merchants.changed(events);
        fulfilment.changed(events);
    }
}

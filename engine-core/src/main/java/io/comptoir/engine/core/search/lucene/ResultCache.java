package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Results of recent searches on the current index version, for the pages everyone asks for (the home page's
 * newest products, a popular word). Keyed by the analysed text (so {@code Café} and {@code café} share an entry,
 * not {@code cafe}, whose exact form differs) and everything else of the query; valid for one reader version only, so every write that changes the index
 * empties it in effect. Bounded: when full it is emptied. Results are immutable, so entries are shared as they are.
 */
final class ResultCache {

    private final int capacity;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1));

    /** @param capacity maximum number of results kept; 0 disables the cache */
    ResultCache(int capacity) {
        this.capacity = capacity;
    }

    record Key(QueryWords words, SearchQuery query, boolean withRelated) {
        static Key of(QueryWords words, SearchQuery query, boolean withRelated) {
            return new Key(words, query.withText(""), withRelated);
        }
    }

    SearchResult get(long version, Key key) {
        Generation generation = current.get();
        return generation.version == version ? generation.results.get(key) : null;
    }

    void put(long version, Key key, SearchResult result) {
        if (capacity == 0) {
            return;
        }
        Generation generation = current.get();
        while (generation.version < version) {
            Generation newer = new Generation(version);
            if (current.compareAndSet(generation, newer)) {
                generation = newer;
            }
            else {
                generation = current.get();
            }
        }
        if (generation.version != version) {
            return; // computed on a reader that has been replaced since
        }
        if (generation.results.size() >= capacity) {
            generation.results.clear();
        }
        generation.results.put(key, result);
    }

    private static final class Generation {
        final long version;
        final ConcurrentHashMap<Key, SearchResult> results = new ConcurrentHashMap<>();

        Generation(long version) {
            this.version = version;
        }
    }
}

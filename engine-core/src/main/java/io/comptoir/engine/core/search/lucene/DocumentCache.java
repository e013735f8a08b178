package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchDocument;
import org.apache.lucene.index.IndexReader;

/**
 * Recently served documents, so that popular pages are not decoded again and again: a fixed-size, direct-mapped
 * table keyed by segment core and doc id. A segment never changes, so an entry can never be stale; a write only
 * makes new segments, whose documents get new keys. Bounded ({@code capacity} documents, roughly 1 to 2 kB each);
 * lock-free: entries are immutable, a collision simply replaces the older entry.
 */
final class DocumentCache {

    private final Entry[] entries;
    private final int mask;

    /** @param capacity a power of two */
    DocumentCache(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        entries = new Entry[capacity];
        mask = capacity - 1;
    }

    SearchDocument get(IndexReader.CacheKey core, int doc) {
        Entry entry = entries[index(core, doc)];
        return entry != null && entry.core == core && entry.doc == doc ? entry.document : null;
    }

    void put(IndexReader.CacheKey core, int doc, SearchDocument document) {
        entries[index(core, doc)] = new Entry(core, doc, document);
    }

    private int index(IndexReader.CacheKey core, int doc) {
        int hash = System.identityHashCode(core) * 0x9E3779B9 + doc;
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** Immutable, so safely published through the plain array. */
    private record Entry(IndexReader.CacheKey core, int doc, SearchDocument document) {
    }
}

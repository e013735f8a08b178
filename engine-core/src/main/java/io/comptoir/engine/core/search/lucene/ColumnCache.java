package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SegmentColumns} by segment core: shared by every searcher that holds the segment (deletions do not change
 * the core), dropped when the segment is closed.
 */
final class ColumnCache {

    private final ConcurrentHashMap<IndexReader.CacheKey, SegmentColumns> byCore = new ConcurrentHashMap<>();

    SegmentColumns columns(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return SegmentColumns.load(reader);
        }
        SegmentColumns columns = byCore.get(core.getKey());
        if (columns != null) {
            return columns;
        }
        columns = SegmentColumns.load(reader);
        SegmentColumns raced = byCore.putIfAbsent(core.getKey(), columns);
        if (raced != null) {
            return raced;
        }
        core.addClosedListener(byCore::remove);
        return columns;
    }

    /** Number of segments held, for tests. */
    int size() {
        return byCore.size();
    }
}

package io.comptoir.engine.core.search;

import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.core.search.lucene.LuceneSearchIndex;

import java.nio.file.Path;

/** Makes the engine's default search index: Lucene with French analysis, in a directory of its own. */
public final class DefaultSearchIndexFactory {
    private DefaultSearchIndexFactory() {
    }

    public static SearchIndex create(Path directory) {
        return LuceneSearchIndex.open(directory);
    }
}

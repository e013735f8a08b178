package io.comptoir.engine.core.search;

import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.core.search.lucene.LuceneSearchIndex;
import io.comptoir.engine.core.search.lucene.Synonyms;

import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/** Makes the engine's default search index: Lucene with French analysis, in a directory of its own. */
public final class DefaultSearchIndexFactory {
    private DefaultSearchIndexFactory() {
    }

    public static SearchIndex create(Path directory) {
        return create(directory, Optional.empty());
    }

    /** With the territory's synonyms file, when it has one. */
    public static SearchIndex create(Path directory, Optional<URL> synonyms) {
        return LuceneSearchIndex.open(directory, synonyms.map(Synonyms::read).orElse(Synonyms.none()));
    }
}

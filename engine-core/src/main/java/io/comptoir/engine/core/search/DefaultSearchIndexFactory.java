package io.comptoir.engine.core.search;

import io.comptoir.engine.api.search.SearchIndex;

import java.nio.file.Path;

/** Makes the engine's default search index. */
public final class DefaultSearchIndexFactory {
    private DefaultSearchIndexFactory() {
    }

    public static SearchIndex create(Path directory) {
        throw new IllegalStateException("the default Lucene index is not merged yet; pass Engine.builder().searchIndex(...)");
    }
}

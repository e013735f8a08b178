package io.comptoir.engine.api.search;

/** The shoppers' product search, served by the {@link SearchIndex}. */
public interface ProductSearch {

    SearchResult search(SearchQuery query);

    /** Whether the start-up rebuild of the index has finished; before that, searches see a partial catalogue. */
    boolean isReady();
}

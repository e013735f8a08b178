package io.comptoir.engine.api.search;

/** The shoppers' product search, served by the {@link SearchIndex}. */
public interface ProductSearch {

    SearchResult search(SearchQuery query);

    /**
     * Suggestions for a search box while the shopper types: at most {@code limit} products, shops and categories
     * (each kind), for text of up to a few words, the last one perhaps unfinished. Meant to be fast enough to call
     * on every key stroke.
     *
     * @param limit 1 to {@link SearchSuggestions#MAX_LIMIT}
     */
    default SearchSuggestions suggest(String text, int limit) {
        return SearchSuggestions.none(text);
    }

    /** Whether the start-up rebuild of the index has finished; before that, searches see a partial catalogue. */
    boolean isReady();
}

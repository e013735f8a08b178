package io.comptoir.engine.core.search;

import io.comptoir.engine.api.search.ProductSearch;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SearchSuggestions;

import static java.util.Objects.requireNonNull;

/** The shoppers' search: the index, once the follower has rebuilt it. */
public final class SearchService implements ProductSearch {
    private final SearchIndex index;
    private final SearchIndexFollower follower;

    public SearchService(SearchIndex index, SearchIndexFollower follower) {
        this.index = requireNonNull(index, "index is null");
        this.follower = requireNonNull(follower, "follower is null");
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return index.search(requireNonNull(query, "query is null"));
    }

    @Override
    public SearchSuggestions suggest(String text, int limit) {
        return index.suggest(requireNonNull(text, "text is null"), limit);
    }

    @Override
    public boolean isReady() {
        return follower.isReady();
    }
}

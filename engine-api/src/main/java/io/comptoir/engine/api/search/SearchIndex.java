package io.comptoir.engine.api.search;

import io.comptoir.engine.api.catalogue.ProductId;

import java.util.Collection;
import java.util.Iterator;

/**
 * SPI: the full-text index shoppers search. The engine keeps it in step with the catalogue: it
 * {@link #replaceAll rebuilds} it from the database at start-up, then feeds it every change (from this node or,
 * through the database's change feed, from any other). The default is an in-process Apache Lucene index with French
 * analysis; a deployment may plug in another (a search server) through a plugin.
 *
 * <p>Implementations must be safe for concurrent searches during updates. The index only ever holds documents of
 * products visible to shoppers: the engine removes the others.
 */
public interface SearchIndex extends AutoCloseable {

    /** Replaces the whole content with these documents, streamed (there may be millions). */
    void replaceAll(Iterator<SearchDocument> documents);

    /** Adds the documents, replacing those with the same product id; visible to searches when it returns. */
    void upsert(Collection<SearchDocument> documents);

    /** Removes these products; unknown ids are ignored; visible to searches when it returns. */
    void remove(Collection<ProductId> products);

    /** Runs a query. Facet labels come from the documents. */
    SearchResult search(SearchQuery query);

    /**
     * Suggestions for a search box, see {@link ProductSearch#suggest}. An index that cannot suggest keeps this
     * default: none.
     */
    default SearchSuggestions suggest(String text, int limit) {
        return SearchSuggestions.none(text);
    }

    /** Number of documents held. */
    long size();

    @Override
    default void close() {
    }
}

package io.comptoir.engine.core;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A search index that keeps documents in a map, to check what the engine feeds an index independently of Lucene.
 * Its search returns every document, newest first, ignoring the text and the filters.
 */
public final class RecordingSearchIndex implements SearchIndex {
    private final Map<Long, SearchDocument> documents = new ConcurrentHashMap<>();
    private final Map<Long, Integer> writes = new ConcurrentHashMap<>();

    @Override
    public void replaceAll(Iterator<SearchDocument> all) {
        documents.clear();
        all.forEachRemaining(document -> documents.put(document.productId().value(), document));
    }

    @Override
    public void upsert(Collection<SearchDocument> changed) {
        changed.forEach(document -> {
            documents.put(document.productId().value(), document);
            writes.merge(document.productId().value(), 1, Integer::sum);
        });
    }

    @Override
    public void remove(Collection<ProductId> products) {
        products.forEach(product -> documents.remove(product.value()));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        List<SearchDocument> all = documents.values().stream()
                .sorted(Comparator.comparing(SearchDocument::createdAt).reversed()).toList();
        int from = Math.min(all.size(), query.page() * query.size());
        return new SearchResult(all.subList(from, Math.min(all.size(), from + query.size())), all.size(), query.page(), query.size(), List.of());
    }

    @Override
    public long size() {
        return documents.size();
    }

    /** How many times a product's document was written since start-up (the rebuild not counted). */
    public int writesOf(long productId) {
        return writes.getOrDefault(productId, 0);
    }

    public Map<Long, SearchDocument> documents() {
        return Map.copyOf(documents);
    }
}

package io.comptoir.stripe;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A search index kept in a map: the Stripe tests do not search, and a Lucene index per test would only cost time. */
public final class NoSearchIndex implements SearchIndex {
    private final Map<Long, SearchDocument> documents = new ConcurrentHashMap<>();

    @Override
    public void replaceAll(Iterator<SearchDocument> all) {
        documents.clear();
        all.forEachRemaining(document -> documents.put(document.productId().value(), document));
    }

    @Override
    public void upsert(Collection<SearchDocument> changed) {
        changed.forEach(document -> documents.put(document.productId().value(), document));
    }

    @Override
    public void remove(Collection<ProductId> products) {
        products.forEach(product -> documents.remove(product.value()));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        List<SearchDocument> all = List.copyOf(documents.values());
        return new SearchResult(all.subList(0, Math.min(all.size(), query.size())), all.size(), query.page(), query.size(), List.of());
    }

    @Override
    public long size() {
        return documents.size();
    }
}

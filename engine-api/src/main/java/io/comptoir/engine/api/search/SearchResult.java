package io.comptoir.engine.api.search;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One page of search results.
 *
 * @param items the page's products, in the query's order
 * @param total number of matching products over all pages
 * @param facets the facet counts, empty when the query did not ask for them; when asked, one per dimension in
 *        the order commune, category, merchant, price, inStock
 */
public record SearchResult(List<SearchDocument> items, long total, int page, int size, List<Facet> facets) {
    public SearchResult {
        items = List.copyOf(requireNonNull(items, "items is null"));
        facets = List.copyOf(requireNonNull(facets, "facets is null"));
        if (total < 0) {
            throw new IllegalArgumentException("negative total");
        }
    }

    public Optional<Facet> facet(String name) {
        return facets.stream().filter(facet -> facet.name().equals(name)).findFirst();
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}

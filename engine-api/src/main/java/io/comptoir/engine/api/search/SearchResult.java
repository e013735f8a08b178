package io.comptoir.engine.api.search;

import io.comptoir.engine.api.catalogue.ProductId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * One page of search results.
 *
 * <p><b>Same product, several shops.</b> When results are ordered by relevance to a text, the first page lists
 * identical products (same name, same category) once, at the rank of the best of them; the others are in
 * {@link #sameProductElsewhere()} under the listed one ("also at 7 other shops") and are not listed again on later
 * pages. Other pages and orders list every product.
 *
 * @param items the page's products, in the query's order
 * @param total number of matching products over all pages, those folded under a listed one included (facet counts
 *        add up to it)
 * @param facets the facet counts, empty when the query did not ask for them; when asked, one per dimension in
 *        the order commune, category, merchant, price, inStock
 * @param searchedFor the text the results are for when it is not the shopper's: a word the index does not know
 *        was read as a close one ("choclat" as "chocolat"), to be shown as "Results for chocolat"
 * @param didYouMean when nothing matched: a text close to the shopper's that would match something
 * @param sameProductElsewhere for a listed product, the identical products of other shops folded under it, best first
 * @param folded how many matching products are folded under listed ones rather than listed themselves
 * @param related when the first page of a search by relevance lists fewer products than it holds: products of the
 *        categories of those listed that did not match the text (but pass the filters), to show after them ("in the
 *        same category"); not counted in {@code total} nor in the facets
 */
public record SearchResult(List<SearchDocument> items, long total, int page, int size, List<Facet> facets,
                           Optional<String> searchedFor, Optional<String> didYouMean,
                           Map<ProductId, List<SearchDocument>> sameProductElsewhere, long folded,
                           List<SearchDocument> related) {

    public SearchResult {
        items = List.copyOf(requireNonNull(items, "items is null"));
        facets = List.copyOf(requireNonNull(facets, "facets is null"));
        requireNonNull(searchedFor, "searchedFor is null");
        requireNonNull(didYouMean, "didYouMean is null");
        sameProductElsewhere = requireNonNull(sameProductElsewhere, "sameProductElsewhere is null").entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        related = List.copyOf(requireNonNull(related, "related is null"));
        if (total < 0) {
            throw new IllegalArgumentException("negative total");
        }
        if (folded < 0 || folded > total) {
            throw new IllegalArgumentException("folded must be between 0 and the total");
        }
    }

    /** A page without correction, suggestion or grouping (as search indexes without those features answer). */
    public SearchResult(List<SearchDocument> items, long total, int page, int size, List<Facet> facets) {
        this(items, total, page, size, facets, Optional.empty(), Optional.empty(), Map.of(), 0, List.of());
    }

    public Optional<Facet> facet(String name) {
        return facets.stream().filter(facet -> facet.name().equals(name)).findFirst();
    }

    /** The identical products of other shops folded under this listed product; empty when none. */
    public List<SearchDocument> sameProductElsewhere(ProductId listed) {
        return sameProductElsewhere.getOrDefault(listed, List.of());
    }

    /** Pages of the listing: the products that are listed, not those folded under them. */
    public int pageCount() {
        long listed = total - folded;
        return (int) ((listed + size - 1) / size);
    }
}

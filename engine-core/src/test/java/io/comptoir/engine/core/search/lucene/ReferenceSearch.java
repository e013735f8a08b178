package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.FacetValue;
import io.comptoir.engine.api.search.PriceBand;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The specification of text-free searches, evaluated by brute force over a list of documents: what the index must
 * answer, written as plainly as possible.
 */
final class ReferenceSearch {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    private final List<SearchDocument> documents;

    ReferenceSearch(List<SearchDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    SearchResult search(SearchQuery query) {
        if (query.trimmedText().isPresent()) {
            throw new IllegalArgumentException("the reference only knows text-free queries");
        }
        List<SearchDocument> hits = documents.stream().filter(document -> matches(query, document, null)).sorted(order(query)).toList();
        long from = (long) query.page() * query.size();
        List<SearchDocument> page = from >= hits.size() ? List.of()
                : hits.subList((int) from, (int) Math.min(hits.size(), from + query.size()));
        List<Facet> facets = query.withFacets() ? List.of(
                facet(query, Facet.COMMUNE, SearchDocument::communeInsee, SearchDocument::communeName),
                facet(query, Facet.CATEGORY, document -> document.categoryId().toString(), SearchDocument::categoryName),
                facet(query, Facet.MERCHANT, document -> document.merchantId().toString(), SearchDocument::merchantName),
                facet(query, Facet.PRICE, document -> PriceBand.of(document.minPrice()).value(),
                        document -> PriceBands.label(PriceBand.of(document.minPrice()))),
                facet(query, Facet.IN_STOCK, document -> Boolean.toString(document.inStock()),
                        document -> document.inStock() ? "En stock" : "Épuisé"))
                : List.of();
        return new SearchResult(page, hits.size(), query.page(), query.size(), facets);
    }

    /** Whether the document passes every filter of the query except those of the ignored dimension. */
    static boolean matches(SearchQuery query, SearchDocument document, String ignoredDimension) {
        return (Facet.COMMUNE.equals(ignoredDimension) || query.communes().isEmpty() || query.communes().contains(document.communeInsee()))
                && (Facet.CATEGORY.equals(ignoredDimension) || query.categories().isEmpty() || inCategories(query, document))
                && (Facet.MERCHANT.equals(ignoredDimension) || query.merchants().isEmpty() || query.merchants().contains(document.merchantId()))
                && (Facet.PRICE.equals(ignoredDimension) || inPriceRange(query, document))
                && (Facet.IN_STOCK.equals(ignoredDimension) || !query.inStockOnly() || document.inStock());
    }

    private static boolean inCategories(SearchQuery query, SearchDocument document) {
        for (CategoryId category : document.categoryPath()) {
            if (query.categories().contains(category)) {
                return true;
            }
        }
        return query.categories().contains(document.categoryId());
    }

    private static boolean inPriceRange(SearchQuery query, SearchDocument document) {
        long price = document.minPrice().minorUnits();
        return price >= query.minPrice().orElse(Long.MIN_VALUE) && price <= query.maxPrice().orElse(Long.MAX_VALUE);
    }

    private static Comparator<SearchDocument> order(SearchQuery query) {
        Comparator<SearchDocument> newestThenId = Comparator.comparing(SearchDocument::createdAt).reversed()
                .thenComparing(document -> document.productId().value());
        return switch (query.sort()) {
            case PRICE_ASC -> Comparator.comparingLong((SearchDocument document) -> document.minPrice().minorUnits()).thenComparing(newestThenId);
            case PRICE_DESC -> Comparator.comparingLong((SearchDocument document) -> -document.minPrice().minorUnits()).thenComparing(newestThenId);
            case RELEVANCE, NEWEST -> newestThenId;
        };
    }

    private Facet facet(SearchQuery query, String name, Function<SearchDocument, String> value, Function<SearchDocument, String> label) {
        Predicate<SearchDocument> counted = document -> matches(query, document, name);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            if (counted.test(document)) {
                counts.merge(value.apply(document), 1L, Long::sum);
                labels.put(value.apply(document), label.apply(document));
            }
        }
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((key, count) -> values.add(new FacetValue(key, labels.get(key), count)));
        values.sort(Comparator.comparingLong((FacetValue facetValue) -> -facetValue.count())
                .thenComparing(FacetValue::label, FRENCH)
                .thenComparing(FacetValue::value));
        return new Facet(name, values);
    }
}

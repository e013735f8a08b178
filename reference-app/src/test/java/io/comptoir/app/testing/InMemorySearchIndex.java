package io.comptoir.app.testing;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.FacetValue;
import io.comptoir.engine.api.search.PriceBand;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * TEMPORARY: a search index in memory with the contract's filters, drill-sideways facets and orders, until the
 * engine's default Lucene index is merged. Text matching is a plain accent-insensitive prefix match on words.
 */
public final class InMemorySearchIndex implements SearchIndex {
    private final Map<ProductId, SearchDocument> documents = new ConcurrentHashMap<>();

    @Override
    public void replaceAll(Iterator<SearchDocument> all) {
        documents.clear();
        all.forEachRemaining(document -> documents.put(document.productId(), document));
    }

    @Override
    public void upsert(Collection<SearchDocument> changed) {
        changed.forEach(document -> documents.put(document.productId(), document));
    }

    @Override
    public void remove(Collection<ProductId> products) {
        products.forEach(documents::remove);
    }

    @Override
    public long size() {
        return documents.size();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        List<SearchDocument> matching = documents.values().stream().filter(textMatches(query)).filter(all(query, null)).toList();
        Comparator<SearchDocument> newest = Comparator.comparing(SearchDocument::createdAt).reversed()
                .thenComparing(doc -> -doc.productId().value());
        Comparator<SearchDocument> order = switch (query.sort()) {
            case PRICE_ASC -> Comparator.comparing((SearchDocument doc) -> doc.minPrice().minorUnits()).thenComparing(newest);
            case PRICE_DESC -> Comparator.comparing((SearchDocument doc) -> -doc.minPrice().minorUnits()).thenComparing(newest);
            case RELEVANCE, NEWEST -> newest;
        };
        List<SearchDocument> sorted = matching.stream().sorted(order).toList();
        int from = (int) Math.min(sorted.size(), (long) query.page() * query.size());
        List<Facet> facets = query.withFacets() ? facets(query) : List.of();
        return new SearchResult(sorted.subList(from, Math.min(sorted.size(), from + query.size())), sorted.size(),
                query.page(), query.size(), facets);
    }

    private List<Facet> facets(SearchQuery query) {
        return List.of(
                facet(query, Facet.COMMUNE, doc -> doc.communeInsee(), SearchDocument::communeName),
                facet(query, Facet.CATEGORY, doc -> doc.categoryId().toString(), SearchDocument::categoryName),
                facet(query, Facet.MERCHANT, doc -> doc.merchantId().toString(), SearchDocument::merchantName),
                facet(query, Facet.PRICE, doc -> PriceBand.of(doc.minPrice()).value(), doc -> PriceBand.of(doc.minPrice()).name()),
                facet(query, Facet.IN_STOCK, doc -> Boolean.toString(doc.inStock()), doc -> doc.inStock() ? "En stock" : "Épuisé"));
    }

    private Facet facet(SearchQuery query, String name, Function<SearchDocument, String> value, Function<SearchDocument, String> label) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        documents.values().stream().filter(textMatches(query)).filter(all(query, name)).forEach(doc -> {
            counts.computeIfAbsent(value.apply(doc), v -> new long[1])[0]++;
            labels.put(value.apply(doc), label.apply(doc));
        });
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((v, count) -> values.add(new FacetValue(v, labels.get(v), count[0])));
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return new Facet(name, values);
    }

    /** Every filter of the query but the one of {@code except} (drill sideways). */
    private static Predicate<SearchDocument> all(SearchQuery query, String except) {
        return doc -> (Facet.COMMUNE.equals(except) || query.communes().isEmpty() || query.communes().contains(doc.communeInsee()))
                && (Facet.CATEGORY.equals(except) || query.categories().isEmpty()
                    || doc.categoryPath().stream().anyMatch(query.categories()::contains))
                && (Facet.MERCHANT.equals(except) || query.merchants().isEmpty() || query.merchants().contains(doc.merchantId()))
                && (Facet.PRICE.equals(except) || (query.minPrice().isEmpty() || doc.minPrice().minorUnits() >= query.minPrice().getAsLong())
                    && (query.maxPrice().isEmpty() || doc.minPrice().minorUnits() <= query.maxPrice().getAsLong()))
                && (Facet.IN_STOCK.equals(except) || !query.inStockOnly() || doc.inStock());
    }

    private static Predicate<SearchDocument> textMatches(SearchQuery query) {
        List<String> words = query.trimmedText().map(InMemorySearchIndex::words).orElse(List.of());
        return doc -> {
            List<String> haystack = words(String.join(" ", doc.name(), doc.description(), doc.keywords(), doc.merchantName(),
                    doc.categoryName()));
            return words.stream().allMatch(word -> haystack.stream().anyMatch(candidate -> candidate.startsWith(stem(word))));
        };
    }

    private static String stem(String word) {
        return word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return List.of(folded.split("[^a-z0-9]+")).stream().filter(word -> !word.isEmpty()).toList();
    }
}

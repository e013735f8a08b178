package io.comptoir.engine.api.search;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A shopper's search: free text in French plus filters, an order and a page.
 *
 * <p>Filters of one dimension are OR-ed (two communes: products of either), dimensions are AND-ed. A category
 * filter matches the category and its descendants. Prices are compared on a product's lowest price, in minor
 * units, bounds inclusive.
 *
 * @param text free text, may be empty (then every product matches)
 * @param page zero-based page number
 * @param size page size, 1 to {@link #MAX_SIZE}
 * @param withFacets whether to compute facet counts (costs time; lists of results without filters do not need them)
 */
public record SearchQuery(
        String text,
        Set<String> communes,
        Set<CategoryId> categories,
        Set<MerchantId> merchants,
        OptionalLong minPrice,
        OptionalLong maxPrice,
        boolean inStockOnly,
        SortOrder sort,
        int page,
        int size,
        boolean withFacets) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 24;

    public SearchQuery {
        requireNonNull(text, "text is null");
        communes = Set.copyOf(requireNonNull(communes, "communes is null"));
        categories = Set.copyOf(requireNonNull(categories, "categories is null"));
        merchants = Set.copyOf(requireNonNull(merchants, "merchants is null"));
        requireNonNull(minPrice, "minPrice is null");
        requireNonNull(maxPrice, "maxPrice is null");
        requireNonNull(sort, "sort is null");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (minPrice.isPresent() && minPrice.getAsLong() < 0 || maxPrice.isPresent() && maxPrice.getAsLong() < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
        if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.getAsLong() > maxPrice.getAsLong()) {
            throw new IllegalArgumentException("minPrice is above maxPrice");
        }
    }

    /** Every visible product, newest first, first page, with facets. */
    public static SearchQuery all() {
        return new SearchQuery("", Set.of(), Set.of(), Set.of(), OptionalLong.empty(), OptionalLong.empty(), false,
                SortOrder.RELEVANCE, 0, DEFAULT_SIZE, true);
    }

    /** A text search, first page, with facets. */
    public static SearchQuery text(String text) {
        return all().withText(text);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, communes, categories, merchants, minPrice, maxPrice, inStockOnly, sort, page, size, withFacets);
    }

    public SearchQuery withCommunes(Set<String> newCommunes) {
        return new SearchQuery(text, newCommunes, categories, merchants, minPrice, maxPrice, inStockOnly, sort, page, size, withFacets);
    }

    public SearchQuery withCategories(Set<CategoryId> newCategories) {
        return new SearchQuery(text, communes, newCategories, merchants, minPrice, maxPrice, inStockOnly, sort, page, size, withFacets);
    }

    public SearchQuery withMerchants(Set<MerchantId> newMerchants) {
        return new SearchQuery(text, communes, categories, newMerchants, minPrice, maxPrice, inStockOnly, sort, page, size, withFacets);
    }

    public SearchQuery withPrice(OptionalLong min, OptionalLong max) {
        return new SearchQuery(text, communes, categories, merchants, min, max, inStockOnly, sort, page, size, withFacets);
    }

    public SearchQuery withInStockOnly(boolean onlyInStock) {
        return new SearchQuery(text, communes, categories, merchants, minPrice, maxPrice, onlyInStock, sort, page, size, withFacets);
    }

    public SearchQuery withSort(SortOrder newSort) {
        return new SearchQuery(text, communes, categories, merchants, minPrice, maxPrice, inStockOnly, newSort, page, size, withFacets);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(text, communes, categories, merchants, minPrice, maxPrice, inStockOnly, sort, newPage, newSize, withFacets);
    }

    public SearchQuery withFacets(boolean facets) {
        return new SearchQuery(text, communes, categories, merchants, minPrice, maxPrice, inStockOnly, sort, page, size, facets);
    }

    public Optional<String> trimmedText() {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }
}

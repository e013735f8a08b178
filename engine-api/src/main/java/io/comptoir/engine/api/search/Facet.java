package io.comptoir.engine.api.search;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Counts of matching products per value of one dimension.
 *
 * <p>Counts follow the "drill sideways" rule shoppers expect from multi-select filters: a dimension's counts apply
 * every filter of the query except that dimension's own, so selecting Saint-Omer still shows how many products
 * Arques would add. Every product has exactly one value per dimension, so when a dimension is not filtered its counts
 * sum to the result's total. Values with a zero count are left out; values are ordered by count, then label.
 *
 * @param name one of {@link #COMMUNE}, {@link #CATEGORY}, {@link #MERCHANT}, {@link #PRICE}, {@link #IN_STOCK}
 */
public record Facet(String name, List<FacetValue> values) {
    public static final String COMMUNE = "commune";
    public static final String CATEGORY = "category";
    public static final String MERCHANT = "merchant";
    public static final String PRICE = "price";
    public static final String IN_STOCK = "inStock";

    public Facet {
        requireNonNull(name, "name is null");
        values = List.copyOf(requireNonNull(values, "values is null"));
    }

    public long totalCount() {
        return values.stream().mapToLong(FacetValue::count).sum();
    }
}

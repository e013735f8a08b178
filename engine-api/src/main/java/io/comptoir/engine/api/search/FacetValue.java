package io.comptoir.engine.api.search;

import static java.util.Objects.requireNonNull;

/**
 * One value of a facet with the number of matching products.
 *
 * @param value the value to filter on (a commune INSEE code, a category id, a merchant id, a {@link PriceBand#value()},
 *        {@code true}/{@code false})
 * @param label what people read, e.g. "Saint-Omer"
 */
public record FacetValue(String value, String label, long count) {
    public FacetValue {
        requireNonNull(value, "value is null");
        requireNonNull(label, "label is null");
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}

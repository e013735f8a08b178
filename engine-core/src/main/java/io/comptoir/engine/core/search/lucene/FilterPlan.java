package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.SearchQuery;

import java.util.Collection;
import java.util.function.Function;

/**
 * A query's filters compiled against the dictionary: for each filtered dimension, which slots pass ({@code null}
 * when the dimension is not filtered). A value the index has never seen matches nothing.
 */
final class FilterPlan {

    final boolean[] communes;
    final boolean[] merchants;
    /** By placement: whether the placement's path holds one of the selected categories. */
    final boolean[] placements;
    final boolean priceFiltered;
    final long minPrice;
    final long maxPrice;
    final boolean inStockOnly;

    private FilterPlan(SearchQuery query, DictionarySnapshot dictionary) {
        communes = slots(query.communes(), Function.identity(), dictionary.communes());
        merchants = slots(query.merchants(), MerchantId::toString, dictionary.merchants());
        placements = placements(query.categories(), dictionary);
        priceFiltered = query.minPrice().isPresent() || query.maxPrice().isPresent();
        minPrice = query.minPrice().orElse(Long.MIN_VALUE);
        maxPrice = query.maxPrice().orElse(Long.MAX_VALUE);
        inStockOnly = query.inStockOnly();
    }

    static FilterPlan of(SearchQuery query, DictionarySnapshot dictionary) {
        return new FilterPlan(query, dictionary);
    }

    private static <T> boolean[] slots(Collection<T> selected, Function<T, String> value, ValueTable.Entries entries) {
        if (selected.isEmpty()) {
            return null;
        }
        boolean[] pass = new boolean[entries.size()];
        for (T item : selected) {
            int slot = entries.slotOf(value.apply(item));
            if (slot >= 0) {
                pass[slot] = true;
            }
        }
        return pass;
    }

    private static boolean[] placements(Collection<CategoryId> selected, DictionarySnapshot dictionary) {
        boolean[] categories = slots(selected, CategoryId::toString, dictionary.categories());
        if (categories == null) {
            return null;
        }
        boolean[] pass = new boolean[dictionary.placementCount()];
        for (int placement = 0; placement < pass.length; placement++) {
            for (int category : dictionary.placementPath()[placement]) {
                if (categories[category]) {
                    pass[placement] = true;
                    break;
                }
            }
        }
        return pass;
    }

    /** Whether a document passes every filter. */
    boolean accepts(SegmentColumns columns, int doc) {
        return (communes == null || communes[columns.communes[doc]])
                && (merchants == null || merchants[columns.merchants[doc]])
                && (placements == null || placements[columns.placements[doc]])
                && (!priceFiltered || columns.prices[doc] >= minPrice && columns.prices[doc] <= maxPrice)
                && (!inStockOnly || columns.inStock.get(doc));
    }
}

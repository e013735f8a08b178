package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.FacetValue;
import io.comptoir.engine.api.search.PriceBand;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a pass's counts into {@link Facet}s: labelled values with a positive count, by count, then label in French
 * collation order, then value; dimensions in the order commune, category, merchant, price, inStock.
 */
final class FacetAssembler {

    private static final String IN_STOCK_LABEL = "En stock";
    private static final String SOLD_OUT_LABEL = "Épuisé";
    private static final CollationKey[] PRICE_KEYS;
    private static final CollationKey[] STOCK_KEYS;

    static {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        PRICE_KEYS = new CollationKey[PriceBands.COUNT];
        for (int i = 0; i < PriceBands.COUNT; i++) {
            PRICE_KEYS[i] = collator.getCollationKey(PriceBands.label(PriceBands.band(i)));
        }
        STOCK_KEYS = new CollationKey[] {collator.getCollationKey(SOLD_OUT_LABEL), collator.getCollationKey(IN_STOCK_LABEL)};
    }

    private static final Comparator<Counted> ORDER = Comparator.comparingLong((Counted counted) -> -counted.count)
            .thenComparing(counted -> counted.sortKey)
            .thenComparing(counted -> counted.value);

    private FacetAssembler() {
    }

    static List<Facet> facets(MatchCollector counts, DictionarySnapshot dictionary) {
        int[] categoryCounts = new int[dictionary.categories().size()];
        int[] placementCategory = dictionary.placementCategory();
        for (int placement = 0; placement < counts.placementCounts.length; placement++) {
            categoryCounts[placementCategory[placement]] += counts.placementCounts[placement];
        }
        return List.of(
                facet(Facet.COMMUNE, counts.communeCounts, dictionary.communes()),
                facet(Facet.CATEGORY, categoryCounts, dictionary.categories()),
                facet(Facet.MERCHANT, counts.merchantCounts, dictionary.merchants()),
                priceFacet(counts.priceBandCounts),
                stockFacet(counts.stockCounts));
    }

    private static Facet facet(String name, int[] counts, ValueTable.Entries entries) {
        List<Counted> values = new ArrayList<>();
        for (int slot = 0; slot < counts.length; slot++) {
            if (counts[slot] > 0) {
                values.add(new Counted(entries.values[slot], entries.labels[slot], entries.sortKeys[slot], counts[slot]));
            }
        }
        return facet(name, values);
    }

    private static Facet priceFacet(int[] counts) {
        List<Counted> values = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                PriceBand band = PriceBands.band(i);
                values.add(new Counted(band.value(), PriceBands.label(band), PRICE_KEYS[i], counts[i]));
            }
        }
        return facet(Facet.PRICE, values);
    }

    private static Facet stockFacet(int[] counts) {
        List<Counted> values = new ArrayList<>(2);
        if (counts[1] > 0) {
            values.add(new Counted("true", IN_STOCK_LABEL, STOCK_KEYS[1], counts[1]));
        }
        if (counts[0] > 0) {
            values.add(new Counted("false", SOLD_OUT_LABEL, STOCK_KEYS[0], counts[0]));
        }
        return facet(Facet.IN_STOCK, values);
    }

    private static Facet facet(String name, List<Counted> values) {
        values.sort(ORDER);
        List<FacetValue> facetValues = new ArrayList<>(values.size());
        for (Counted counted : values) {
            facetValues.add(new FacetValue(counted.value, counted.label, counted.count));
        }
        return new Facet(name, facetValues);
    }

    private record Counted(String value, String label, CollationKey sortKey, long count) {
    }
}

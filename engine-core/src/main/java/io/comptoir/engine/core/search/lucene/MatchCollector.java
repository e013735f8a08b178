package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SortOrder;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;

import java.io.IOException;

/**
 * One pass over the documents matching the search text: applies the filters, counts the hits, keeps the best ones
 * for the page and counts facets, all from {@link SegmentColumns} arrays with no allocation per document.
 *
 * <p>Facets follow the drill-sideways rule in the same pass: a document that passes every filter is a hit and counts
 * in every dimension; a document that fails the filter of exactly one dimension is a "near miss" and counts in that
 * dimension only (the counts of a dimension apply every filter but its own); a document that fails two is ignored.
 */
final class MatchCollector implements LeafCollector {

    static final int PRICE_BANDS = PriceBands.COUNT;

    private static final int NONE = 0;
    private static final int COMMUNE = 1;
    private static final int CATEGORY = 2;
    private static final int MERCHANT = 3;
    private static final int PRICE = 4;
    private static final int STOCK = 5;

    private final FilterPlan filters;
    private final boolean facets;
    private final TopHits top;
    private final boolean byScore;
    private final SortOrder sort;

    final int[] communeCounts;
    final int[] merchantCounts;
    final int[] placementCounts;
    final int[] priceBandCounts = new int[PRICE_BANDS];
    /** Index 1 in stock, 0 sold out. */
    final int[] stockCounts = new int[2];
    long total;

    private SegmentColumns columns;
    private long leafBase;
    private Scorable scorer;

    /**
     * @param top where to keep the page's hits, or {@code null} when the page is beyond any possible hit
     * @param byScore whether the order is by text score (relevance with search text)
     */
    MatchCollector(FilterPlan filters, DictionarySnapshot dictionary, boolean facets, TopHits top, SortOrder sort, boolean byScore) {
        this.filters = filters;
        this.facets = facets;
        this.top = top;
        this.sort = sort;
        this.byScore = byScore;
        communeCounts = facets ? new int[dictionary.communes().size()] : null;
        merchantCounts = facets ? new int[dictionary.merchants().size()] : null;
        placementCounts = facets ? new int[dictionary.placementCount()] : null;
    }

    void setSegment(int ordinal, SegmentColumns segment) {
        columns = segment;
        leafBase = (long) ordinal << 32;
    }

    @Override
    public void setScorer(Scorable scorable) {
        scorer = scorable;
    }

    @Override
    public void collect(int doc) throws IOException {
        final SegmentColumns c = columns;
        final FilterPlan f = filters;
        final int commune = c.communes[doc];
        final int placement = c.placements[doc];
        final int merchant = c.merchants[doc];
        final long price = c.prices[doc];
        final boolean inStock = c.inStock.get(doc);

        int missed = NONE;
        if (f.communes != null && !f.communes[commune]) {
            if (!facets) {
                return;
            }
            missed = COMMUNE;
        }
        if (f.placements != null && !f.placements[placement]) {
            if (!facets || missed != NONE) {
                return;
            }
            missed = CATEGORY;
        }
        if (f.merchants != null && !f.merchants[merchant]) {
            if (!facets || missed != NONE) {
                return;
            }
            missed = MERCHANT;
        }
        if (f.priceFiltered && (price < f.minPrice || price > f.maxPrice)) {
            if (!facets || missed != NONE) {
                return;
            }
            missed = PRICE;
        }
        if (f.inStockOnly && !inStock) {
            if (!facets || missed != NONE) {
                return;
            }
            missed = STOCK;
        }

        switch (missed) {
            case NONE -> {
                total++;
                if (facets) {
                    communeCounts[commune]++;
                    placementCounts[placement]++;
                    merchantCounts[merchant]++;
                    priceBandCounts[PriceBands.of(price)]++;
                    stockCounts[inStock ? 1 : 0]++;
                }
                if (top != null) {
                    top.offer(primaryKey(price), c.createdAt[doc], c.productIds[doc], leafBase | doc);
                }
            }
            case COMMUNE -> communeCounts[commune]++;
            case CATEGORY -> placementCounts[placement]++;
            case MERCHANT -> merchantCounts[merchant]++;
            case PRICE -> priceBandCounts[PriceBands.of(price)]++;
            default -> stockCounts[inStock ? 1 : 0]++;
        }
    }

    private long primaryKey(long price) throws IOException {
        if (byScore) {
            // scores are non-negative floats, whose bit patterns order like the floats themselves
            return -(long) Float.floatToIntBits(scorer.score());
        }
        return switch (sort) {
            case PRICE_ASC -> price;
            case PRICE_DESC -> ~price;
            case RELEVANCE, NEWEST -> 0;
        };
    }
}

package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.PriceBand;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;
import static io.comptoir.engine.core.search.lucene.Territory.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;

class FacetTest {

    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

    @BeforeEach
    void indexTerritory() {
        index.replaceAll(Territory.products().iterator());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void facetsComeInTheOrderCommuneCategoryMerchantPriceInStock() {
        SearchResult result = index.search(SearchQuery.all());

        assertThat(result.facets()).extracting(Facet::name)
                .containsExactly(Facet.COMMUNE, Facet.CATEGORY, Facet.MERCHANT, Facet.PRICE, Facet.IN_STOCK);
    }

    @Test
    void withoutFiltersEachDimensionCountsEveryProductOnceByCountThenLabelInFrenchOrder() {
        SearchResult result = index.search(SearchQuery.all());

        assertThat(counts(result, Facet.COMMUNE)).containsExactly(
                "62765 Saint-Omer 4", "62040 Arques 3", "62525 Longuenesse 2", "62300 Éperlecques 1");
        assertThat(counts(result, Facet.CATEGORY)).containsExactly(
                "121 Bières 2", "21 Chaussures 2", "11 Épicerie fine 2", "122 Vins 2", "12 Boissons 1", "13 Fromages 1");
        assertThat(counts(result, Facet.MERCHANT)).containsExactly(
                "2 Cave Vasseur 3", "4 Brasserie Caron 2", "3 Chausseur Martin 2", "1 Épicerie Lefebvre 2",
                "5 Fromagerie Delattre 1");
        assertThat(counts(result, Facet.PRICE)).containsExactly(
                "0-1000 Moins de 10 € 3", "1000-2000 10 € – 20 € 2", "2000-5000 20 € – 50 € 2",
                "5000-10000 50 € – 100 € 2", "10000- 100 € et plus 1");
        assertThat(counts(result, Facet.IN_STOCK)).containsExactly("true En stock 7", "false Épuisé 3");
        assertThat(result.facets()).allSatisfy(facet -> assertThat(facet.totalCount()).isEqualTo(10));
    }

    @Test
    void aFilteredDimensionCountsAsIfItWereNotFilteredWhileOthersApplyTheFilter() {
        SearchResult result = index.search(SearchQuery.all().withCommunes(Set.of(SAINT_OMER)));

        assertThat(result.total()).isEqualTo(4);
        assertThat(counts(result, Facet.COMMUNE)).containsExactly(
                "62765 Saint-Omer 4", "62040 Arques 3", "62525 Longuenesse 2", "62300 Éperlecques 1");
        assertThat(counts(result, Facet.MERCHANT)).containsExactly("3 Chausseur Martin 2", "1 Épicerie Lefebvre 2");
        assertThat(counts(result, Facet.IN_STOCK)).containsExactly("true En stock 2", "false Épuisé 2");
    }

    @Test
    void eachFilteredDimensionCountsWithEveryFilterButItsOwn() {
        SearchResult result = index.search(SearchQuery.all().withCommunes(Set.of(SAINT_OMER)).withInStockOnly(true));

        assertThat(result.total()).isEqualTo(2);
        assertThat(counts(result, Facet.COMMUNE)).containsExactly(
                "62040 Arques 3", "62765 Saint-Omer 2", "62300 Éperlecques 1", "62525 Longuenesse 1");
        assertThat(counts(result, Facet.IN_STOCK)).containsExactly("true En stock 2", "false Épuisé 2");
        assertThat(counts(result, Facet.MERCHANT)).containsExactly("3 Chausseur Martin 1", "1 Épicerie Lefebvre 1");
        assertThat(counts(result, Facet.PRICE)).containsExactly("5000-10000 50 € – 100 € 1", "0-1000 Moins de 10 € 1");
    }

    @Test
    void theCategoryFacetCountsEachProductUnderItsOwnCategoryAndIgnoresTheCategoryFilter() {
        SearchResult result = index.search(SearchQuery.all().withCategories(Set.of(new CategoryId(12))));

        assertThat(result.total()).isEqualTo(5);
        assertThat(counts(result, Facet.CATEGORY)).containsExactly(
                "121 Bières 2", "21 Chaussures 2", "11 Épicerie fine 2", "122 Vins 2", "12 Boissons 1", "13 Fromages 1");
        assertThat(counts(result, Facet.MERCHANT)).containsExactly("2 Cave Vasseur 3", "4 Brasserie Caron 2");
    }

    @Test
    void thePriceFacetCountsWithEveryFilterButThePriceRange() {
        SearchResult result = index.search(SearchQuery.all().withPrice(OptionalLong.of(1_000), OptionalLong.of(1_999)));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facet(Facet.PRICE).orElseThrow().totalCount()).isEqualTo(10);
        assertThat(result.facet(Facet.COMMUNE).orElseThrow().totalCount()).isEqualTo(2);
    }

    @Test
    void facetsFollowTheTextMatches() {
        SearchResult result = index.search(SearchQuery.text("vin"));

        assertThat(counts(result, Facet.COMMUNE)).containsExactly("62040 Arques 2");
        assertThat(counts(result, Facet.PRICE)).containsExactly("1000-2000 10 € – 20 € 1", "2000-5000 20 € – 50 € 1");
    }

    @Test
    void valuesWithoutProductsAreLeftOut() {
        SearchResult result = index.search(SearchQuery.all().withCategories(Set.of(new CategoryId(21))));

        assertThat(counts(result, Facet.COMMUNE)).containsExactly("62765 Saint-Omer 2");
        assertThat(counts(result, Facet.IN_STOCK)).containsExactly("true En stock 1", "false Épuisé 1");
    }

    @Test
    void priceBandsIncludeTheirLowerBoundAndExcludeTheirUpperOne() {
        long[] prices = {0, 999, 1_000, 1_999, 2_000, 4_999, 5_000, 9_999, 10_000, 1_000_000};
        index.replaceAll(java.util.stream.IntStream.range(0, prices.length)
                .mapToObj(i -> product(i + 1).price(prices[i]).build()).iterator());

        SearchResult result = index.search(SearchQuery.all());

        // equal counts: by label
        assertThat(counts(result, Facet.PRICE)).containsExactly(
                "1000-2000 10 € – 20 € 2", "10000- 100 € et plus 2", "2000-5000 20 € – 50 € 2",
                "5000-10000 50 € – 100 € 2", "0-1000 Moins de 10 € 2");
        for (PriceBand band : PriceBand.values()) {
            long upper = band.toCents() == Long.MAX_VALUE ? Long.MAX_VALUE : band.toCents() - 1;
            SearchResult inBand = index.search(SearchQuery.all().withPrice(OptionalLong.of(band.fromCents()), OptionalLong.of(upper)));
            assertThat(inBand.total()).as(band.name()).isEqualTo(2);
        }
    }

    @Test
    void labelsAreThoseOfTheLatestDocuments() {
        index.upsert(List.of(product(1).name("Huile d'olive").merchant(1, "Épicerie Lefebvre et Fils")
                .commune(SAINT_OMER, "Saint-Omer").category("Épicerie fine", 1, 11).price(850).build()));

        assertThat(counts(index.search(SearchQuery.all()), Facet.MERCHANT)).contains("1 Épicerie Lefebvre et Fils 2");
    }

    @Test
    void noFacetsAreComputedWhenTheQueryDoesNotAskForThem() {
        SearchResult result = index.search(SearchQuery.all().withFacets(false));

        assertThat(result.facets()).isEmpty();
        assertThat(result.total()).isEqualTo(10);
    }

    /** "value label count" of each value of the facet, in order. */
    private static List<String> counts(SearchResult result, String name) {
        return result.facet(name).orElseThrow().values().stream()
                .map(value -> value.value() + " " + value.label() + " " + value.count())
                .toList();
    }
}

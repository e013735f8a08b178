package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import static io.comptoir.engine.core.search.lucene.Territory.ARQUES;
import static io.comptoir.engine.core.search.lucene.Territory.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;

class FilterTest {

    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();
    private final SearchQuery all = SearchQuery.all().withPage(0, 100);

    @BeforeEach
    void indexTerritory() {
        index.replaceAll(Territory.products().iterator());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void communesOfTheFilterAreOred() {
        assertThat(ids(all.withCommunes(Set.of(SAINT_OMER)))).containsExactlyInAnyOrder(1L, 2L, 7L, 8L);
        assertThat(ids(all.withCommunes(Set.of(SAINT_OMER, ARQUES)))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 7L, 8L, 10L);
    }

    @Test
    void aCategoryMatchesItsProductsAndThoseOfItsDescendants() {
        assertThat(ids(all.withCategories(categories(1)))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 9L, 10L);
        assertThat(ids(all.withCategories(categories(12)))).containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 10L);
        assertThat(ids(all.withCategories(categories(122)))).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void categoriesOfTheFilterAreOred() {
        assertThat(ids(all.withCategories(categories(122, 21)))).containsExactlyInAnyOrder(3L, 4L, 7L, 8L);
    }

    @Test
    void merchantsOfTheFilterAreOred() {
        assertThat(ids(all.withMerchants(Set.of(new MerchantId(2), new MerchantId(4))))).containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 10L);
    }

    @Test
    void priceBoundsAreInclusiveOnTheLowestPrice() {
        assertThat(ids(all.withPrice(OptionalLong.of(1_000), OptionalLong.of(2_000)))).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(ids(all.withPrice(OptionalLong.of(5_000), OptionalLong.empty()))).containsExactlyInAnyOrder(7L, 8L, 10L);
        assertThat(ids(all.withPrice(OptionalLong.empty(), OptionalLong.of(999)))).containsExactlyInAnyOrder(1L, 5L, 9L);
        assertThat(ids(all.withPrice(OptionalLong.of(999), OptionalLong.of(999)))).containsExactly(9L);
    }

    @Test
    void inStockOnlyLeavesSoldOutProductsOut() {
        assertThat(ids(all.withInStockOnly(true))).containsExactlyInAnyOrder(1L, 3L, 4L, 5L, 7L, 9L, 10L);
    }

    @Test
    void dimensionsAreAnded() {
        SearchQuery query = all.withCommunes(Set.of(SAINT_OMER, ARQUES)).withCategories(categories(1)).withInStockOnly(true)
                .withPrice(OptionalLong.empty(), OptionalLong.of(2_000));

        SearchResult result = index.search(query);

        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(result.total()).isEqualTo(3);
    }

    @Test
    void filtersApplyToTextMatches() {
        assertThat(ids(all.withText("vin").withCommunes(Set.of(ARQUES)))).containsExactlyInAnyOrder(3L, 4L);
        assertThat(index.search(all.withText("vin").withCommunes(Set.of(SAINT_OMER))).total()).isZero();
    }

    @Test
    void valuesTheIndexHasNeverSeenMatchNothing() {
        assertThat(index.search(all.withCommunes(Set.of("99999"))).total()).isZero();
        assertThat(index.search(all.withCategories(categories(999))).total()).isZero();
        assertThat(index.search(all.withMerchants(Set.of(new MerchantId(999)))).total()).isZero();
        assertThat(ids(all.withCommunes(Set.of("99999", ARQUES)))).containsExactlyInAnyOrder(3L, 4L, 10L);
    }

    private List<Long> ids(SearchQuery query) {
        return ids(index.search(query));
    }

    private static List<Long> ids(SearchResult result) {
        return result.items().stream().map(SearchDocument::productId).map(id -> id.value()).toList();
    }

    private static Set<CategoryId> categories(long... ids) {
        return Arrays.stream(ids).mapToObj(CategoryId::new).collect(Collectors.toSet());
    }
}

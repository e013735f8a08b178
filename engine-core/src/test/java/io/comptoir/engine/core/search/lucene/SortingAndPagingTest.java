package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;
import static org.assertj.core.api.Assertions.assertThat;

class SortingAndPagingTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T10:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

    @BeforeEach
    void indexProducts() {
        index.replaceAll(List.of(
                product(5).name("Confiture de fraises").price(650).createdAt(MONDAY).build(),
                product(3).name("Confiture d'abricots").price(650).createdAt(TUESDAY).build(),
                product(4).name("Confiture de rhubarbe").price(650).createdAt(TUESDAY).build(),
                product(1).name("Miel de fleurs").price(1_200).createdAt(MONDAY.minusSeconds(60)).build(),
                product(2).name("Pain d'épices").price(480).createdAt(TUESDAY.plusNanos(1)).build(),
                product(6).name("Confiture de fraises").price(900).createdAt(MONDAY).build()).iterator());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void newestComeFirstWithTiesByProductId() {
        assertThat(ids(SearchQuery.all().withSort(SortOrder.NEWEST))).containsExactly(2L, 3L, 4L, 5L, 6L, 1L);
    }

    @Test
    void relevanceWithoutTextListsNewestFirst() {
        assertThat(ids(SearchQuery.all())).containsExactly(2L, 3L, 4L, 5L, 6L, 1L);
    }

    @Test
    void priceAscendingBreaksTiesByNewestThenProductId() {
        assertThat(ids(SearchQuery.all().withSort(SortOrder.PRICE_ASC))).containsExactly(2L, 3L, 4L, 5L, 6L, 1L);
    }

    @Test
    void priceDescendingBreaksTiesByNewestThenProductId() {
        assertThat(ids(SearchQuery.all().withSort(SortOrder.PRICE_DESC))).containsExactly(1L, 6L, 3L, 4L, 5L, 2L);
    }

    @Test
    void textRelevanceBreaksEqualScoresByNewestThenProductId() {
        SearchResult result = index.search(SearchQuery.text("confiture"));

        assertThat(result.items()).extracting(document -> document.productId().value()).containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void textMatchesCanBeSortedByPrice() {
        assertThat(ids(SearchQuery.text("confiture").withSort(SortOrder.PRICE_DESC))).containsExactly(6L, 3L, 4L, 5L);
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() {
        List<Long> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchResult result = index.search(SearchQuery.all().withSort(SortOrder.PRICE_ASC).withPage(page, 2));
            assertThat(result.total()).isEqualTo(6);
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.pageCount()).isEqualTo(3);
            result.items().forEach(document -> pages.add(document.productId().value()));
        }

        assertThat(pages).containsExactly(2L, 3L, 4L, 5L, 6L, 1L);
    }

    @Test
    void theLastPageMayBeShort() {
        SearchResult result = index.search(SearchQuery.all().withPage(1, 4));

        assertThat(result.items()).extracting(document -> document.productId().value()).containsExactly(6L, 1L);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButTellsTheTotal() {
        SearchResult result = index.search(SearchQuery.all().withPage(3, 2));

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.facet("commune").orElseThrow().totalCount()).isEqualTo(6);
    }

    @Test
    void aHugePageNumberDoesNotOverflow() {
        SearchResult result = index.search(SearchQuery.all().withPage(Integer.MAX_VALUE, SearchQuery.MAX_SIZE));

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isEqualTo(6);
    }

    @Test
    void aPageBeyondTheTextMatchesIsEmptyButTellsTheirTotal() {
        SearchResult result = index.search(SearchQuery.text("confiture").withPage(1, 4));

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isEqualTo(4);
    }

    private List<Long> ids(SearchQuery query) {
        return index.search(query).items().stream().map(SearchDocument::productId).map(id -> id.value()).toList();
    }
}

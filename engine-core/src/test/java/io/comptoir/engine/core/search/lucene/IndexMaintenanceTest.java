package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexMaintenanceTest {

    /** Loader helpers from the first batch, so that streams of thousands are indexed by several threads. */
    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory(LuceneSearchIndex.Tuning.DEFAULT.withLoaderThreads(2, 0));

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anEmptyIndexFindsNothing() {
        SearchResult result = index.search(SearchQuery.text("chaussures"));

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isZero();
        assertThat(result.facets()).allSatisfy(facet -> assertThat(facet.values()).isEmpty());
        assertThat(index.size()).isZero();
    }

    @Test
    void upsertedProductsAreFoundAsSoonAsTheCallReturns() {
        index.upsert(List.of(product(1).name("Bougie parfumée").build()));

        assertThat(ids(index.search(SearchQuery.text("bougie")))).containsExactly(1L);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void upsertReplacesTheProductWithTheSameId() {
        index.upsert(List.of(product(1).name("Bougie parfumée").price(1_500).build(), product(2).name("Plaid").build()));

        index.upsert(List.of(product(1).name("Vase en céramique").price(2_500).build()));

        assertThat(index.search(SearchQuery.text("bougie")).total()).isZero();
        SearchResult vases = index.search(SearchQuery.text("vase"));
        assertThat(ids(vases)).containsExactly(1L);
        assertThat(vases.items().get(0).minPrice()).isEqualTo(Money.euros(2_500));
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aRepeatedSearchSeesEveryWriteMadeSinceItLastRan() {
        index.upsert(List.of(product(1).name("Bougie parfumée").price(1_500).build()));
        SearchQuery bougies = SearchQuery.text("bougie");
        assertThat(index.search(bougies)).isEqualTo(index.search(bougies));

        index.upsert(List.of(product(2).name("Bougie à la lavande").build()));
        assertThat(ids(index.search(bougies))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(index.search(SearchQuery.text("BOUGIE")))).containsExactlyInAnyOrder(1L, 2L);

        index.upsert(List.of(product(1).name("Bougie parfumée").price(900).build()));
        assertThat(index.search(bougies).items()).extracting(document -> document.minPrice().minorUnits())
                .containsExactlyInAnyOrder(900L, 1_000L);

        index.remove(List.of(new ProductId(2)));
        assertThat(ids(index.search(bougies))).containsExactly(1L);

        index.replaceAll(List.<SearchDocument>of().iterator());
        assertThat(index.search(bougies).total()).isZero();
    }

    @Test
    void theLastOfRepeatedProductsInOneUpsertWins() {
        index.upsert(List.of(product(1).name("Bougie").build(), product(1).name("Plaid").build()));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(SearchQuery.all()).items()).extracting(SearchDocument::name).containsExactly("Plaid");
    }

    @Test
    void removedProductsAreNoLongerFoundNorCounted() {
        index.upsert(List.of(product(1).name("Bougie").build(), product(2).name("Bougie").build(), product(3).build()));

        index.remove(List.of(new ProductId(1), new ProductId(3)));

        assertThat(ids(index.search(SearchQuery.text("bougie")))).containsExactly(2L);
        assertThat(index.search(SearchQuery.all()).facet("commune").orElseThrow().totalCount()).isEqualTo(1);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void removingUnknownProductsIsIgnored() {
        index.upsert(List.of(product(1).build()));

        index.remove(List.of(new ProductId(42)));
        index.remove(List.of());

        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void replaceAllReplacesEverything() {
        index.upsert(List.of(product(1).name("Bougie").build(), product(2).name("Plaid").build()));

        index.replaceAll(List.of(product(2).name("Théière").build(), product(3).name("Tasse").build()).iterator());

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(SearchQuery.text("bougie")).total()).isZero();
        assertThat(index.search(SearchQuery.text("plaid")).total()).isZero();
        assertThat(ids(index.search(SearchQuery.text("theiere")))).containsExactly(2L);
        assertThat(ids(index.search(SearchQuery.text("tasse")))).containsExactly(3L);
    }

    @Test
    void replaceAllWithNothingEmptiesTheIndex() {
        index.upsert(List.of(product(1).build()));

        index.replaceAll(List.<SearchDocument>of().iterator());

        assertThat(index.size()).isZero();
    }

    @Test
    void theLastOfRepeatedProductsInAStreamWins() {
        index.replaceAll(List.of(product(1).name("Bougie").build(), product(2).name("Plaid").build(),
                product(1).name("Tasse").build()).iterator());

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(SearchQuery.text("bougie")).total()).isZero();
        assertThat(ids(index.search(SearchQuery.text("tasse")))).containsExactly(1L);
    }

    @Test
    void aFailingStreamLeavesThePreviousContentInPlace() {
        index.replaceAll(List.of(product(1).name("Bougie").build(), product(2).name("Plaid").build()).iterator());
        Iterator<SearchDocument> failing = new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SearchDocument next() {
                if (served++ == 2) {
                    throw new IllegalStateException("database gone");
                }
                return product(10 + served).name("Tasse").build();
            }
        };

        assertThatThrownBy(() -> index.replaceAll(failing)).isInstanceOf(IllegalStateException.class).hasMessage("database gone");

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(SearchQuery.text("tasse")).total()).isZero();
        index.upsert(List.of(product(3).name("Théière").build()));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search(SearchQuery.text("tasse")).total()).isZero();
        assertThat(ids(index.search(SearchQuery.text("bougie")))).containsExactly(1L);
    }

    @Test
    void aStreamFailingAfterThousandsOfDocumentsLeavesThePreviousContentInPlace() {
        index.replaceAll(List.of(product(1).name("Bougie").build()).iterator());
        Iterator<SearchDocument> failing = LongStream.rangeClosed(10, 5_000)
                .mapToObj(id -> {
                    if (id == 4_000) {
                        throw new IllegalStateException("database gone");
                    }
                    return product(id).name("Tasse").build();
                })
                .iterator();

        assertThatThrownBy(() -> index.replaceAll(failing)).hasMessage("database gone");

        assertThat(index.size()).isEqualTo(1);
        index.upsert(List.of(product(2).name("Plaid").build()));
        assertThat(index.search(SearchQuery.text("tasse")).total()).isZero();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void theLastOfProductsRepeatedFarApartInALongStreamWins() {
        List<SearchDocument> stream = new ArrayList<>();
        LongStream.rangeClosed(1, 2_000).forEach(id -> stream.add(product(id).name("Bougie").build()));
        stream.add(product(3).name("Tasse").build());
        stream.add(product(1_999).name("Tasse").build());
        LongStream.rangeClosed(2_001, 3_000).forEach(id -> stream.add(product(id).name("Bougie").build()));

        index.replaceAll(stream.iterator());

        assertThat(index.size()).isEqualTo(3_000);
        assertThat(index.search(SearchQuery.text("tasse")).items()).extracting(document -> document.productId().value())
                .containsExactlyInAnyOrder(3L, 1_999L);
        assertThat(index.search(SearchQuery.text("bougie")).total()).isEqualTo(2_998);
    }

    @Test
    void upsertsAfterAReplaceAllUpdateTheNewContent() {
        index.replaceAll(LongStream.rangeClosed(1, 50).mapToObj(id -> product(id).name("Bougie").build()).iterator());

        index.upsert(List.of(product(7).name("Plaid").build()));
        index.remove(List.of(new ProductId(8)));

        assertThat(index.size()).isEqualTo(49);
        assertThat(index.search(SearchQuery.text("bougie")).total()).isEqualTo(48);
        assertThat(ids(index.search(SearchQuery.text("plaid")))).containsExactly(7L);
    }

    @Test
    void servedDocumentsEqualTheIndexedOnes() {
        SearchDocument full = new SearchDocument(new ProductId(Long.MAX_VALUE), "pull-en-laine", "Pull en laine 🧶",
                "Tricoté main à Arques.\nLaine des Flandres — 100 %.", "hiver laine", new MerchantId(7),
                "Boutique Ramet", "boutique-ramet", "62040", "Arques", new CategoryId(21), "Vêtements",
                List.of(new CategoryId(2), new CategoryId(20), new CategoryId(21)), Money.euros(4_990), Money.of(129, "CHF"),
                false, Instant.parse("2024-02-29T23:59:59.123456789Z"), Optional.of("products/pull.webp"), "Pull bleu marine");
        SearchDocument minimal = new SearchDocument(new ProductId(1), "", "", "", "", new MerchantId(1), "", "", "", "",
                new CategoryId(1), "", List.of(), Money.euros(-5), Money.euros(0), true, Instant.EPOCH.minusSeconds(1),
                Optional.empty(), "");

        index.upsert(List.of(full, minimal));

        assertThat(index.search(SearchQuery.all()).items()).containsExactlyInAnyOrder(full, minimal);
    }

    @Test
    void anIndexOnDiskDiscardsWhatTheDirectoryHeld(@TempDir Path directory) {
        try (LuceneSearchIndex first = LuceneSearchIndex.open(directory)) {
            first.upsert(List.of(product(1).name("Bougie").build()));
            assertThat(first.search(SearchQuery.text("bougie")).total()).isEqualTo(1);
        }

        try (LuceneSearchIndex second = LuceneSearchIndex.open(directory)) {
            assertThat(second.size()).isZero();
            second.replaceAll(List.of(product(2).name("Plaid").build()).iterator());
            assertThat(ids(second.search(SearchQuery.text("plaid")))).containsExactly(2L);
        }
    }

    @Test
    void aClosedIndexRefusesWorkAndClosesOnlyOnce() {
        LuceneSearchIndex closed = LuceneSearchIndex.inMemory();
        closed.upsert(List.of(product(1).build()));

        closed.close();
        closed.close();

        assertThatThrownBy(() -> closed.search(SearchQuery.all())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closed.upsert(List.of(product(2).build()))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(closed::size).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullArgumentsAreRejectedWithoutChangingAnything() {
        index.upsert(List.of(product(1).build()));
        List<SearchDocument> withNull = new ArrayList<>();
        withNull.add(product(2).build());
        withNull.add(null);

        assertThatThrownBy(() -> index.upsert(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> index.upsert(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> index.remove(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> index.replaceAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> index.search(null)).isInstanceOf(NullPointerException.class);
        assertThat(index.size()).isEqualTo(1);
    }

    private static List<Long> ids(SearchResult result) {
        return result.items().stream().map(SearchDocument::productId).map(id -> id.value()).toList();
    }
}

package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentSearchTest {

    private static final int SEARCHERS = 3;
    private static final int SEARCHES_EACH = 400;
    private static final int WRITE_ROUNDS = 60;

    @Test
    void searchesRunConsistentlyWhileProductsAreWrittenAndTheFinalStateIsRight() throws InterruptedException {
        CatalogueGenerator catalogue = new CatalogueGenerator(11, 30);
        Map<Long, SearchDocument> expected = new LinkedHashMap<>();
        catalogue.list(1_000).forEach(document -> expected.put(document.productId().value(), document));
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);

        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(LuceneSearchIndex.Tuning.DEFAULT.withLoaderThreads(2, 0))) {
            index.replaceAll(expected.values().iterator());
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < SEARCHERS; i++) {
                long seed = i;
                threads.add(new Thread(() -> guard(failures, start, () -> search(index, new Random(seed)))));
            }
            threads.add(new Thread(() -> guard(failures, start, () -> write(index, catalogue, expected))));
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread thread : threads) {
                thread.join(120_000);
                assertThat(thread.isAlive()).as("thread still running").isFalse();
            }

            assertThat(failures).isEmpty();
            assertThat(index.size()).isEqualTo(expected.size());
            SearchResult everything = index.search(SearchQuery.all().withPage(0, SearchQuery.MAX_SIZE));
            assertThat(everything.total()).isEqualTo(expected.size());
            Set<SearchDocument> served = new HashSet<>();
            for (int page = 0; page < everything.pageCount(); page++) {
                served.addAll(index.search(SearchQuery.all().withFacets(false).withPage(page, SearchQuery.MAX_SIZE)).items());
            }
            assertThat(served).containsExactlyInAnyOrderElementsOf(expected.values());
            long lamps = expected.values().stream().filter(document -> document.name().startsWith("Lampe")).count();
            assertThat(index.search(SearchQuery.text("lampe")).total()).isEqualTo(lamps);
        }
    }

    private static void write(LuceneSearchIndex index, CatalogueGenerator catalogue, Map<Long, SearchDocument> expected) {
        Random random = new Random(99);
        for (int round = 0; round < WRITE_ROUNDS; round++) {
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long id = 1 + random.nextInt(1_200);
                SearchDocument base = catalogue.document(id);
                SearchDocument lamp = new SearchDocument(base.productId(), base.slug(), "Lampe " + round, base.description(),
                        base.keywords(), base.merchantId(), base.merchantName(), base.merchantSlug(), base.communeInsee(),
                        base.communeName(), base.categoryId(), base.categoryName(), base.categoryPath(), base.minPrice(),
                        base.maxPrice(), base.inStock(), base.createdAt(), base.imageKey(), base.imageAlt());
                batch.add(lamp);
                expected.put(id, lamp);
            }
            index.upsert(batch);
            List<ProductId> removed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long id = 1 + random.nextInt(1_200);
                removed.add(new ProductId(id));
                expected.remove(id);
            }
            index.remove(removed);
            if (round == WRITE_ROUNDS / 2) {
                index.replaceAll(new ArrayList<>(expected.values()).iterator());
            }
        }
    }

    private static void search(LuceneSearchIndex index, Random random) {
        List<String> texts = List.of("", "lampe", "chaussures", "café moulu", "pain", "bio", "chaus", "fromage affiné", "vin rouge");
        for (int i = 0; i < SEARCHES_EACH; i++) {
            SearchQuery query = SearchQuery.text(texts.get(random.nextInt(texts.size())))
                    .withSort(SortOrder.values()[random.nextInt(SortOrder.values().length)])
                    .withPage(random.nextInt(3), 1 + random.nextInt(30))
                    .withFacets(random.nextBoolean());
            if (random.nextBoolean()) {
                query = query.withCommunes(Set.of(CatalogueGenerator.COMMUNES[random.nextInt(5)][0]));
            }
            if (random.nextBoolean()) {
                query = query.withInStockOnly(true).withPrice(OptionalLong.of(500), OptionalLong.empty());
            }
            SearchResult result = index.search(query);
            check(query, result);
        }
    }

    private static void check(SearchQuery query, SearchResult result) {
        assertThat(result.items()).hasSizeLessThanOrEqualTo(query.size());
        assertThat(result.items().stream().map(SearchDocument::productId).collect(Collectors.toSet())).hasSameSizeAs(result.items());
        for (SearchDocument item : result.items()) {
            if (!query.communes().isEmpty()) {
                assertThat(query.communes()).contains(item.communeInsee());
            }
            if (query.inStockOnly()) {
                assertThat(item.inStock()).isTrue();
                assertThat(item.minPrice().minorUnits()).isGreaterThanOrEqualTo(500);
            }
        }
        if (query.withFacets()) {
            assertThat(result.facet(Facet.MERCHANT).orElseThrow().totalCount()).isEqualTo(result.total());
            assertThat(result.facet(Facet.CATEGORY).orElseThrow().totalCount()).isEqualTo(result.total());
        }
    }

    private static void guard(Queue<Throwable> failures, CountDownLatch start, Runnable work) {
        try {
            start.await();
            work.run();
        }
        catch (Throwable failure) {
            failures.add(failure);
        }
    }
}

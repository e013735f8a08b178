package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.FacetValue;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties over random catalogues and queries. Each example builds a catalogue from a seed (QuickTheories prints
 * the seed and size of a failing example) and checks a batch of random queries against it.
 */
class SearchPropertiesTest {

    private static final int QUERIES_PER_CATALOGUE = 25;
    private static final List<String> TEXTS = List.of("chaussures", "café", "bio", "pain", "fromage affiné", "vin rouge",
            "chaus", "confiture fraises", "introuvable", "de", "bière blonde du nord", "l'huile", "été");

    @Test
    void concatenatingAllPagesGivesEachMatchingProductExactlyOnce() {
        // by relevance, identical products of other shops are folded under the one listed on the first page: each
        // matching product is then listed or folded, exactly once
        forRandomCatalogues((documents, index, random) -> {
            SearchQuery query = randomQuery(documents, random, random.nextBoolean());
            int size = 1 + random.nextInt(7);
            List<Long> paged = new ArrayList<>();
            long total = -1;
            long folded = -1;
            for (int page = 0; ; page++) {
                SearchResult result = index.search(query.withPage(page, size));
                if (total >= 0) {
                    assertThat(result.total()).isEqualTo(total);
                    assertThat(result.folded()).isEqualTo(folded);
                }
                total = result.total();
                folded = result.folded();
                if (result.items().isEmpty()) {
                    assertThat((long) page * size).isGreaterThanOrEqualTo(total - folded);
                    assertThat(page).isEqualTo(result.pageCount());
                    break;
                }
                assertThat(result.items()).hasSizeLessThanOrEqualTo(size);
                for (SearchDocument document : result.items()) {
                    paged.add(document.productId().value());
                    List<SearchDocument> elsewhere = result.sameProductElsewhere(document.productId());
                    if (!elsewhere.isEmpty()) {
                        assertThat(page).as("grouped on the first page only").isZero();
                        elsewhere.forEach(other -> {
                            assertThat(other.name()).isEqualToIgnoringCase(document.name());
                            assertThat(other.merchantId()).isNotEqualTo(document.merchantId());
                            paged.add(other.productId().value());
                        });
                    }
                }
            }
            assertThat(paged).doesNotHaveDuplicates().hasSize((int) total);
        });
    }

    @Test
    void facetCountsSumToTheTotalForUnfilteredDimensionsAndForTheSelectedValuesOfFilteredOnes() {
        forRandomCatalogues((documents, index, random) -> {
            SearchQuery query = randomQuery(documents, random, random.nextBoolean()).withFacets(true);
            SearchResult result = index.search(query);
            long total = result.total();
            Map<String, List<CategoryId>> categoryPaths = new HashMap<>();
            documents.forEach(document -> categoryPaths.put(document.categoryId().toString(), document.categoryPath()));

            assertThat(selected(result, Facet.COMMUNE, value -> query.communes().isEmpty() || query.communes().contains(value)))
                    .isEqualTo(total);
            assertThat(selected(result, Facet.CATEGORY, value -> query.categories().isEmpty()
                    || categoryPaths.get(value).stream().anyMatch(query.categories()::contains))).isEqualTo(total);
            assertThat(selected(result, Facet.MERCHANT, value -> query.merchants().isEmpty()
                    || query.merchants().contains(new MerchantId(Long.parseLong(value))))).isEqualTo(total);
            assertThat(selected(result, Facet.IN_STOCK, value -> !query.inStockOnly() || value.equals("true"))).isEqualTo(total);
            if (query.minPrice().isEmpty() && query.maxPrice().isEmpty()) {
                assertThat(result.facet(Facet.PRICE).orElseThrow().totalCount()).isEqualTo(total);
            }
            else {
                assertThat(result.facet(Facet.PRICE).orElseThrow().totalCount()).isGreaterThanOrEqualTo(total);
            }
        });
    }

    @Test
    void textFreeSearchesAgreeWithBruteForceEvaluationOfTheFilters() {
        forRandomCatalogues((documents, index, random) -> {
            SearchQuery query = randomQuery(documents, random, false);

            assertThat(index.search(query)).isEqualTo(new ReferenceSearch(documents).search(query));
        });
    }

    @Test
    void textHitsPassEveryFilter() {
        forRandomCatalogues((documents, index, random) -> {
            SearchQuery query = randomQuery(documents, random, true).withPage(0, SearchQuery.MAX_SIZE);

            assertThat(index.search(query).items()).allSatisfy(document ->
                    assertThat(ReferenceSearch.matches(query, document, null)).as(document.toString()).isTrue());
        });
    }

    private interface CatalogueCheck {
        void check(List<SearchDocument> documents, LuceneSearchIndex index, Random random);
    }

    private static void forRandomCatalogues(CatalogueCheck check) {
        qt().withExamples(30).forAll(longs().between(1, 1_000_000_000L), integers().between(0, 250))
                .checkAssert((seed, size) -> {
                    List<SearchDocument> documents = new CatalogueGenerator(seed, 1 + (int) (seed % 15)).list(size);
                    // several loader threads from the start, so that the index has several segments
                    LuceneSearchIndex.Tuning tuning = LuceneSearchIndex.Tuning.DEFAULT.withLoaderThreads(2, 0);
                    try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(tuning)) {
                        // in two writes, so that the index has several segments, like a live one
                        int half = size / 2;
                        index.replaceAll(documents.subList(0, half).iterator());
                        index.upsert(documents.subList(half, size));
                        Random random = new Random(seed);
                        for (int i = 0; i < QUERIES_PER_CATALOGUE; i++) {
                            check.check(documents, index, random);
                        }
                    }
                });
    }

    private static SearchQuery randomQuery(List<SearchDocument> documents, Random random, boolean withText) {
        SearchQuery query = SearchQuery.all()
                .withText(withText ? TEXTS.get(random.nextInt(TEXTS.size())) : "")
                .withSort(SortOrder.values()[random.nextInt(SortOrder.values().length)])
                .withPage(random.nextInt(3), 1 + random.nextInt(30))
                .withFacets(random.nextBoolean());
        if (random.nextInt(3) == 0) {
            query = query.withCommunes(pick(random, documents, document -> document.communeInsee(), "00000"));
        }
        if (random.nextInt(3) == 0) {
            Set<CategoryId> categories = new HashSet<>();
            for (String id : pick(random, documents, document -> {
                List<CategoryId> path = document.categoryPath();
                return path.get(random.nextInt(path.size())).toString();
            }, "999999")) {
                categories.add(new CategoryId(Long.parseLong(id)));
            }
            query = query.withCategories(categories);
        }
        if (random.nextInt(3) == 0) {
            Set<MerchantId> merchants = new HashSet<>();
            pick(random, documents, document -> document.merchantId().toString(), "999999")
                    .forEach(id -> merchants.add(new MerchantId(Long.parseLong(id))));
            query = query.withMerchants(merchants);
        }
        if (random.nextInt(3) == 0) {
            long[] bounds = {0, 999, 1_000, 1_001, 1_999, 2_000, 5_000, 9_999, 10_000, 20_000};
            long a = bounds[random.nextInt(bounds.length)];
            long b = bounds[random.nextInt(bounds.length)];
            query = query.withPrice(random.nextBoolean() ? OptionalLong.of(Math.min(a, b)) : OptionalLong.empty(),
                    random.nextBoolean() ? OptionalLong.of(Math.max(a, b)) : OptionalLong.empty());
        }
        if (random.nextInt(3) == 0) {
            query = query.withInStockOnly(true);
        }
        return query;
    }

    /** One to three values taken from the documents, sometimes with a value no document has. */
    private static Set<String> pick(Random random, List<SearchDocument> documents,
                                    java.util.function.Function<SearchDocument, String> value, String unknown) {
        Set<String> values = new HashSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && !documents.isEmpty(); i++) {
            values.add(value.apply(documents.get(random.nextInt(documents.size()))));
        }
        if (documents.isEmpty() || random.nextInt(5) == 0) {
            values.add(unknown);
        }
        return values;
    }

    private static long selected(SearchResult result, String facet, java.util.function.Predicate<String> isSelected) {
        return result.facet(facet).map(found -> found.values().stream()
                .filter(value -> isSelected.test(value.value()))
                .mapToLong(FacetValue::count)
                .sum()).orElseThrow();
    }
}

package io.comptoir.engine.core.search;

import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SearchSuggestions;
import io.comptoir.engine.core.search.lucene.LuceneSearchIndex;
import io.comptoir.engine.core.search.lucene.Synonyms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shopper meets on the demo territory's catalogue (territories/pays-de-saint-omer, its synonyms): the ranking, typo correction,
 * synonyms, grouping and suggestions of issue 15, and the relevance goal of {@code bench/relevance}'s judged queries.
 */
class DemoCatalogueSearchTest {

    private static final Path SEEDS = Path.of("..", "territories", "pays-de-saint-omer");
    private static SeedCatalogue catalogue;
    private static LuceneSearchIndex index;

    @BeforeAll
    static void indexTheDemoCatalogue() throws IOException {
        catalogue = SeedCatalogue.read(SEEDS);
        index = LuceneSearchIndex.inMemory(Synonyms.read(SEEDS.resolve("synonyms.txt")));
        index.replaceAll(catalogue.documents().iterator());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void theWordAsTypedRanksFirstAndWithoutAccentsFindsEveryForm() {
        assertThat(names(search("pâtes")).get(0)).startsWith("Pâtes");
        assertThat(names(search("pâté")).get(0)).startsWith("Pâté");
        assertThat(search("pate").items()).extracting(SearchDocument::name)
                .anyMatch(name -> name.startsWith("Pâté")).anyMatch(name -> name.startsWith("Pâtes"));
    }

    @Test
    void theThingTheNameSaysComesBeforeWhatItIsFlavouredWith() {
        assertThat(names(search("café")).subList(0, 5)).allMatch(name -> name.startsWith("Café"));
        assertThat(names(search("bière")).subList(0, 5)).allMatch(name -> name.startsWith("Bière"));
    }

    @Test
    void aTypoIsReadAsTheClosestWordAndSaidSo() {
        SearchResult result = search("choclat");
        assertThat(result.searchedFor()).contains("chocolat");
        assertThat(result.total()).isPositive();
        assertThat(search("pain au choclat").searchedFor()).contains("pain au chocolat");
        assertThat(search("pain").searchedFor()).isEmpty();
    }

    @Test
    void aWordBeingTypedIsCompletedNotCorrected() {
        for (String typed : List.of("chaus", "chocol", "potjevlees", "fromag")) {
            SearchResult result = search(typed);
            assertThat(result.searchedFor()).as(typed).isEmpty();
            assertThat(result.total()).as(typed).isPositive();
        }
        assertThat(names(search("chaus")).get(0)).startsWith("Chaus");
    }

    @Test
    void nothingMatchingGivesADidYouMeanWhenAWordIsClose() {
        SearchResult result = search("pian");
        assertThat(result.total()).isZero();
        assertThat(result.didYouMean()).contains("pain");
        assertThat(search("xqzwvk").didYouMean()).isEmpty();
    }

    @Test
    void theTerritorysSynonymsFindEachOther() {
        assertThat(names(search("endives"))).anyMatch(name -> name.startsWith("Chicons"));
    }

    @Test
    void identicalProductsOfSeveralShopsAreListedOnceOnTheFirstPage() {
        SearchResult result = search("croissant au beurre");
        SearchDocument first = result.items().get(0);
        assertThat(first.name()).isEqualTo("Croissant au beurre");
        assertThat(result.sameProductElsewhere(first.productId())).hasSize(13)
                .allMatch(other -> other.name().equals("Croissant au beurre") && !other.merchantId().equals(first.merchantId()));
        assertThat(names(result)).doesNotHaveDuplicates();
    }

    @Test
    void suggestionsOfferProductsShopsAndCategoriesFromTheFirstLetters() {
        SearchSuggestions suggestions = index.suggest("choc", 5);
        assertThat(suggestions.products()).isNotEmpty().allMatch(product -> product.name().toLowerCase().contains("chocolat"));
        assertThat(suggestions.shops()).extracting(SearchSuggestions.ShopSuggestion::name).anyMatch(name -> name.startsWith("Chocolaterie"));
        assertThat(suggestions.categories()).extracting(SearchSuggestions.CategorySuggestion::name).contains("Chocolats et confiseries");
        assertThat(index.suggest("fromgae", 5).categories()).as("a typo").extracting(SearchSuggestions.CategorySuggestion::name)
                .contains("Fromagerie et crèmerie");
    }

    @Test
    void aContainerBeforeDeSaysHowTheThingComesNotWhatItIs() {
        // wines are named after their appellation and found by their category; beers say "(6 bouteilles)"
        List<SearchDocument> page = search("bouteille de vin").items().subList(0, 10);
        assertThat(page).filteredOn(product -> product.categoryName().equals("Cave à vins")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(search("bouteille").total()).isPositive();
    }

    @Test
    void theJudgedQueriesMeetTheRelevanceGoal() throws IOException {
        List<RelevanceEvaluation.Outcome> outcomes = new RelevanceEvaluation(catalogue, index)
                .evaluate(Judgments.read(Path.of("..", "bench", "relevance", "saint-omer.tsv")));
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(60);
        assertThat(RelevanceEvaluation.mean(outcomes)).isGreaterThanOrEqualTo(RelevanceBenchmark.GOAL_MEAN);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.ndcg()).as(outcome.query().text())
                .isGreaterThanOrEqualTo(RelevanceBenchmark.GOAL_FLOOR));
    }

    @Test
    void theSecondTerritorysJudgedQueriesMeetTheRelevanceGoalWithItsOwnSynonyms() throws IOException {
        Path presquile = Path.of("..", "territories", "presqu-ile-de-crozon");
        SeedCatalogue theirs = SeedCatalogue.read(presquile);
        try (LuceneSearchIndex theirIndex = LuceneSearchIndex.inMemory(Synonyms.read(presquile.resolve("synonyms.txt")))) {
            theirIndex.replaceAll(theirs.documents().iterator());
            List<RelevanceEvaluation.Outcome> outcomes = new RelevanceEvaluation(theirs, theirIndex)
                    .evaluate(Judgments.read(Path.of("..", "bench", "relevance", "crozon.tsv")));
            assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40);
            assertThat(RelevanceEvaluation.mean(outcomes)).isGreaterThanOrEqualTo(RelevanceBenchmark.GOAL_MEAN);
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.ndcg()).as(outcome.query().text())
                    .isGreaterThanOrEqualTo(RelevanceBenchmark.GOAL_FLOOR));
        }
    }

    private static SearchResult search(String text) {
        return index.search(SearchQuery.text(text).withFacets(false));
    }

    private static List<String> names(SearchResult result) {
        return result.items().stream().map(SearchDocument::name).toList();
    }
}

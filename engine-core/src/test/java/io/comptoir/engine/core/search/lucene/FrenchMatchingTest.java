package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;
import static org.assertj.core.api.Assertions.assertThat;

class FrenchMatchingTest {

    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

    @BeforeEach
    void indexCatalogue() {
        index.upsert(List.of(
                product(1).name("Chaussures de marche").description("Semelle antidérapante, cuir souple.").build(),
                product(2).name("Café moulu").description("Torréfié à Saint-Omer.").build(),
                product(3).name("Café en grains").build(),
                product(4).name("L'huile d'olive vierge extra").build(),
                product(5).name("Robe d'été").description("Coton léger.").build(),
                product(6).name("Ete indien, bougie parfumée").build(),
                product(7).name("Vin rouge des Flandres").build(),
                product(8).name("Vinaigre de cidre").build(),
                product(9).name("Sac à dos").description("Idéal pour ranger vos chaussures de rechange.").build(),
                product(10).name("Pain sans gluten").build(),
                product(11).name("Pain de campagne").build(),
                product(12).name("Bouquet de saison").keywords("fleurs coupées").build(),
                product(13).name("Tarte maison").merchant(5, "Boulangerie Vasseur").build(),
                product(14).name("Plateau apéritif").category("Fromages", 1, 14).build(),
                product(15).name("Œuf de Pâques en chocolat").build()));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0} finds product {1}")
    @CsvSource({
            "chaussure, 1",
            "chaussures, 1",
            "CHAUSSURES, 1",
            "marche, 1",
            "cafe, 2",
            "café, 2",
            "CAFÉ, 2",
            "huile, 4",
            "l'huile, 4",
            "l’huile, 4",
            "olive, 4",
            "éte, 5",
            "ete, 5",
            "été, 6",
            "robes, 5",
            "oeuf, 15",
            "paques, 15",
            "café moulu, 2",
            "chaussures de marche, 1"})
    void frenchWordsMatchWhateverTheirCaseAccentsElisionOrNumber(String text, long expected) {
        assertThat(ids(index.search(SearchQuery.text(text)))).contains(expected);
    }

    @Test
    void accentsTypedAsCombiningMarksMatchLikeComposedOnes() {
        assertThat(ids(index.search(SearchQuery.text("cafe\u0301")))).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void everyWordMustMatchWhenSomeProductHasThemAll() {
        assertThat(ids(index.search(SearchQuery.text("café moulu")))).containsExactly(2L);
        assertThat(ids(index.search(SearchQuery.text("pain gluten")))).containsExactly(10L);
    }

    @Test
    void stopWordsAreIgnored() {
        assertThat(ids(index.search(SearchQuery.text("le café de la")))).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void sansIsNotAStopWordSinceItNamesProducts() {
        assertThat(ids(index.search(SearchQuery.text("pain sans")))).containsExactly(10L);
    }

    @Test
    void textWithoutAnySearchableWordListsEveryProduct() {
        SearchResult result = index.search(SearchQuery.text("de la ..."));

        assertThat(result.total()).isEqualTo(15);
    }

    @Test
    void anyWordMatchesWhenNoProductHasThemAllSoALongQueryNeverEndsEmpty() {
        SearchResult result = index.search(SearchQuery.text("café chaussures introuvable"));

        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 2L, 3L, 9L);
    }

    @Test
    void productsMatchingMoreWordsRankFirstWhenAnyWordMayMatch() {
        SearchResult result = index.search(SearchQuery.text("café moulu introuvable"));

        assertThat(ids(result)).containsExactly(2L, 3L);
    }

    @Test
    void theLastWordCompletesAsTheBeginningOfAWord() {
        assertThat(ids(index.search(SearchQuery.text("chaus")))).contains(1L);
        assertThat(ids(index.search(SearchQuery.text("vinai")))).containsExactly(8L);
        assertThat(ids(index.search(SearchQuery.text("café mou")))).containsExactly(2L);
    }

    @Test
    void wordBeginningsAreNotTriedWhenWholeWordsMatch() {
        assertThat(ids(index.search(SearchQuery.text("vin")))).containsExactly(7L);
    }

    @Test
    void wordsAreFoundInKeywordsShopNameCategoryAndDescription() {
        assertThat(ids(index.search(SearchQuery.text("fleurs")))).containsExactly(12L);
        assertThat(ids(index.search(SearchQuery.text("boulangerie")))).containsExactly(13L);
        assertThat(ids(index.search(SearchQuery.text("fromage")))).containsExactly(14L);
        assertThat(ids(index.search(SearchQuery.text("antidérapante")))).containsExactly(1L);
    }

    @Test
    void aMatchInTheNameOutranksAMatchInTheDescription() {
        SearchResult result = index.search(SearchQuery.text("chaussures"));

        assertThat(ids(result)).containsExactly(1L, 9L);
    }

    @Test
    void aMatchInTheNameOutranksAMatchInTheDescriptionWhicheverIsNewer() {
        index.upsert(List.of(
                product(20).name("Confiture de fraises").createdAt(ProductBuilder.EPOCH).build(),
                product(21).name("Panier garni").description("Avec une confiture de fraises maison.")
                        .createdAt(ProductBuilder.EPOCH.plusSeconds(86_400)).build()));

        assertThat(ids(index.search(SearchQuery.text("confiture")))).containsExactly(20L, 21L);
    }

    private static List<Long> ids(SearchResult result) {
        return result.items().stream().map(SearchDocument::productId).map(id -> id.value()).toList();
    }
}

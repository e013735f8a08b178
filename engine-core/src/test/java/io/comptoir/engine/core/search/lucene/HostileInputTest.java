package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class HostileInputTest {

    private static LuceneSearchIndex index;

    @BeforeAll
    static void indexCatalogue() {
        index = LuceneSearchIndex.inMemory();
        index.replaceAll(new CatalogueGenerator(7, 20).documents(300));
        index.upsert(List.of(product(10_000).name("Chaussures de marche").build()));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<String> hostileTexts() {
        return Stream.of("\"", "*", "(", ")", ":", "-", "+", "!", "?", "~", "^", "\\", "/", "[", "]", "{", "}", "&&", "||",
                "AND", "OR", "NOT", "AND OR NOT", "chaussures AND", "OR chaussures", "-chaussures", "chaus*", "*chaus",
                "name:chaussures", "\"chaussures de", "chaussures~2", "chaussures^10", "[a TO z]", "{a TO z}", "/chau.*/",
                "((((", "))))", "\\\"", "'", "’", "l'", "d’", "%", "%25", "' OR 1=1 --", "<script>alert(1)</script>",
                "\u0000", "\t\n\r", "   ", "\uFEFF", "\u200B", "\uD83D", "\uDC5F", "\uDC5F\uD83D", "👟", "👟 chaussures",
                "🇫🇷🇫🇷🇫🇷", "e\u0301\u0301\u0301", "ﬁ", "ß", "İstanbul", "東京", "مرحبا", "Ω≈ç√∫", "９９", "1e309",
                "-1", "0", "NaN", "null", "a".repeat(10_000), "chaussures ".repeat(1_000), "é".repeat(10_000),
                "👟".repeat(5_000), "a ".repeat(5_000), "a".repeat(300) + " chaussures");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextIsSearchedAsTextAndNeverThrows(String text) {
        for (boolean facets : new boolean[] {false, true}) {
            SearchResult result = index.search(SearchQuery.text(text).withFacets(facets));

            assertThat(result.total()).isBetween(0L, index.size());
            assertThat(result.items()).hasSizeLessThanOrEqualTo(SearchQuery.DEFAULT_SIZE);
        }
    }

    @Test
    void querySyntaxAroundAWordStillFindsTheWord() {
        for (String text : List.of("\"chaussures\"", "(chaussures)", "chaussures*", "+chaussures", "-chaussures",
                "chaussures:", "chaussures AND", "name:chaussures", "chaussures~", "chaussures^2")) {
            assertThat(index.search(SearchQuery.text(text)).items())
                    .as(text)
                    .anySatisfy(document -> assertThat(document.productId().value()).isEqualTo(10_000L));
        }
    }

    @Test
    void anyStringIsSafeSearchText() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(text -> assertThat(index.search(SearchQuery.text(text)).total()).isBetween(0L, index.size()));
    }
}

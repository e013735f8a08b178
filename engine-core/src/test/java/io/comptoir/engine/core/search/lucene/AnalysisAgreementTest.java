package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** Search text is analysed by code that mirrors the index's analyser: any name typed as written finds its product. */
class AnalysisAgreementTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæABCÉÈÀÇŒ";
    private static final String[] SEPARATORS = {" ", " ", " ", "'", "’", "-", " d'", " l’", ", "};

    @Test
    void anyFrenchLookingNameTypedAsWrittenFindsItsProduct() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<SearchDocument> products = new ArrayList<>();
            for (int id = 1; id <= 150; id++) {
                products.add(product(id).name(randomName(random)).build());
            }
            try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
                index.upsert(products);
                for (SearchDocument product : products) {
                    for (String typed : List.of(product.name(), product.name().toUpperCase(java.util.Locale.ROOT))) {
                        assertThat(allFound(index, typed)).as("searching %s", typed).contains(product);
                    }
                }
            }
        });
    }

    /** Every page (a name of stop words only, such as "ÿ", is no text and lists everything). */
    private static List<SearchDocument> allFound(LuceneSearchIndex index, String text) {
        List<SearchDocument> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<SearchDocument> items = index.search(SearchQuery.text(text).withFacets(false).withPage(page, SearchQuery.MAX_SIZE)).items();
            if (items.isEmpty()) {
                return found;
            }
            found.addAll(items);
        }
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int words = 1 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                name.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return name.toString();
    }
}

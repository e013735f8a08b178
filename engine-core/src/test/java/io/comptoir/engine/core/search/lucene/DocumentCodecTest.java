package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

class DocumentCodecTest {

    private final DocumentCodec.Encoder encoder = new DocumentCodec.Encoder();

    @Test
    void generatedDocumentsComeBackEqual() {
        CatalogueGenerator catalogue = new CatalogueGenerator(3, 40);
        for (long id = 1; id <= 500; id++) {
            SearchDocument document = catalogue.document(id);
            assertThat(roundTrip(document)).isEqualTo(document);
        }
    }

    @Test
    void anyTextAndExtremeNumbersComeBackEqual() {
        qt().withExamples(500)
                .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 300), longs().between(1, Long.MAX_VALUE),
                        longs().all(), integers().between(0, 999_999_999))
                .checkAssert((text, id, amount, nanos) -> {
                    // without surrogates: the generator makes unpaired ones, which no real text holds
                    StringBuilder builder = new StringBuilder();
                    text.chars().filter(c -> !Character.isSurrogate((char) c)).forEach(c -> builder.append((char) c));
                    String valid = builder.toString() + "🧶";
                    SearchDocument document = new SearchDocument(new ProductId(id), valid, valid, valid + valid, valid,
                            new MerchantId(id), valid, valid, valid, valid, new CategoryId(id), valid,
                            List.of(new CategoryId(1), new CategoryId(id)), Money.euros(amount), Money.of(amount, "JPY"),
                            amount % 2 == 0, Instant.ofEpochSecond(amount % 1_000_000_000_000L, nanos),
                            valid.isEmpty() ? Optional.empty() : Optional.of(valid), valid);
                    assertThat(roundTrip(document)).isEqualTo(document);
                });
    }

    @Test
    void theBufferIsReusedAndGrowsForLargeDocuments() {
        SearchDocument large = ProductBuilder.product(1).description("Très long. ".repeat(20_000)).build();
        SearchDocument small = ProductBuilder.product(2).build();

        assertThat(roundTrip(large)).isEqualTo(large);
        assertThat(roundTrip(small)).isEqualTo(small);
    }

    private SearchDocument roundTrip(SearchDocument document) {
        BytesRef encoded = encoder.encode(document);
        byte[] shifted = new byte[encoded.length + 3];
        System.arraycopy(encoded.bytes, encoded.offset, shifted, 3, encoded.length);
        return DocumentCodec.decode(new BytesRef(shifted, 3, encoded.length));
    }
}

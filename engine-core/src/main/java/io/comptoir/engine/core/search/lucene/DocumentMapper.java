package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.SearchDocument;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import java.time.Instant;
import java.util.Locale;

/**
 * Turns a {@link SearchDocument} into the Lucene document the index holds: analysed text for matching, numeric
 * columns for filters, facets and sorting, and the encoded document for serving hits. Registers facet values in the
 * dictionary, so it is used by the writer's thread only; the documents it makes may be indexed by any thread.
 */
final class DocumentMapper {

    private final FacetDictionary dictionary;
    private final DocumentCodec.Encoder encoder = new DocumentCodec.Encoder();

    DocumentMapper(FacetDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Document map(SearchDocument source, long generation) {
        FacetDictionary.Slots slots = dictionary.register(source);
        String name = FrenchTextAnalysis.normalized(source.name());
        String keywords = FrenchTextAnalysis.normalized(source.keywords());
        String category = FrenchTextAnalysis.normalized(source.categoryName());
        String merchant = FrenchTextAnalysis.normalized(source.merchantName());

        Document document = new Document();
        document.add(new StringField(IndexFields.ID, idBytes(source.productId()), Field.Store.NO));
        document.add(new LongPoint(IndexFields.GENERATION, generation));
        String commune = FrenchTextAnalysis.normalized(source.communeName());
        document.add(text(IndexFields.NAME, name));
        document.add(text(IndexFields.NAME_EXACT, name));
        document.add(text(IndexFields.NAME_HEAD, name));
        document.add(text(IndexFields.CATEGORY, category));
        document.add(text(IndexFields.TAGS, keywords));
        document.add(text(IndexFields.SHOP, merchant));
        document.add(text(IndexFields.TAGS, commune));
        document.add(new Field(IndexFields.WORDS, name, IndexFields.LOOKUP));
        document.add(new Field(IndexFields.WORDS, category, IndexFields.LOOKUP));
        document.add(new Field(IndexFields.WORDS, merchant, IndexFields.LOOKUP));
        document.add(text(IndexFields.DESCRIPTION, FrenchTextAnalysis.normalized(source.description())));
        document.add(text(IndexFields.PREFIX, name));
        document.add(text(IndexFields.PREFIX, keywords));
        document.add(text(IndexFields.PREFIX, category));
        document.add(text(IndexFields.PREFIX, merchant));
        document.add(new NumericDocValuesField(IndexFields.PRODUCT_ID_VALUE, source.productId().value()));
        document.add(new NumericDocValuesField(IndexFields.PRICE_VALUE, source.minPrice().minorUnits()));
        document.add(new NumericDocValuesField(IndexFields.CREATED_VALUE, createdAtNanos(source.createdAt())));
        document.add(new NumericDocValuesField(IndexFields.IN_STOCK_VALUE, source.inStock() ? 1 : 0));
        document.add(new NumericDocValuesField(IndexFields.COMMUNE_SLOT, slots.commune()));
        document.add(new NumericDocValuesField(IndexFields.MERCHANT_SLOT, slots.merchant()));
        document.add(new NumericDocValuesField(IndexFields.PLACEMENT_SLOT, slots.placement()));
        document.add(new NumericDocValuesField(IndexFields.SAME_PRODUCT_VALUE, sameProductKey(source.name(), source.categoryId().value())));
        document.add(new BinaryDocValuesField(IndexFields.DOCUMENT, BytesRef.deepCopyOf(encoder.encode(source))));
        return document;
    }

    /**
     * The key under which products count as the same product: a 64-bit hash (FNV-1a) of the name without case,
     * accents or repeated spaces, and of the category.
     */
    static long sameProductKey(String name, long categoryId) {
        String folded = FrenchTextAnalysis.fold(FrenchTextAnalysis.normalized(name).toLowerCase(Locale.ROOT)).strip();
        long hash = 0xcbf29ce484222325L;
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                if (space) {
                    continue;
                }
                space = true;
                c = ' ';
            }
            else {
                space = false;
            }
            hash = (hash ^ c) * 0x100000001b3L;
        }
        return (hash ^ categoryId) * 0x100000001b3L;
    }

    static Term idTerm(ProductId productId) {
        return new Term(IndexFields.ID, idBytes(productId));
    }

    /**
     * The sort key of a creation time: nanoseconds since the epoch, exact from 1677 to 2262 and saturated beyond,
     * so that even instants a few nanoseconds apart sort as they should.
     */
    static long createdAtNanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        }
        catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static BytesRef idBytes(ProductId productId) {
        byte[] bytes = new byte[Long.BYTES];
        long value = productId.value();
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return new BytesRef(bytes);
    }

    private static Field text(String fieldName, String value) {
        return new Field(fieldName, value, IndexFields.TEXT);
    }
}

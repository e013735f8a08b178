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

/**
 * Turns a {@link SearchDocument} into the Lucene document the index holds: analysed text for matching, numeric
 * columns for filters, facets and sorting, and the encoded document for serving hits. Reuses one set of fields
 * (as Lucene recommends for indexing speed), so it is used by the writer only.
 */
final class DocumentMapper {

    private final FacetDictionary dictionary;
    private final DocumentCodec.Encoder encoder = new DocumentCodec.Encoder();
    private final Document document = new Document();

    private final byte[] idBytes = new byte[Long.BYTES];
    private final StringField id = new StringField(IndexFields.ID, new BytesRef(idBytes), Field.Store.NO);
    private final LongPoint generation = new LongPoint(IndexFields.GENERATION, 0);

    private final Field name = text(IndexFields.NAME);
    private final Field keywords = text(IndexFields.TAGS);
    private final Field category = text(IndexFields.TAGS);
    private final Field merchant = text(IndexFields.TAGS);
    private final Field description = text(IndexFields.DESCRIPTION);
    private final Field namePrefix = text(IndexFields.PREFIX);
    private final Field keywordsPrefix = text(IndexFields.PREFIX);
    private final Field categoryPrefix = text(IndexFields.PREFIX);
    private final Field merchantPrefix = text(IndexFields.PREFIX);

    private final NumericDocValuesField productIdValue = new NumericDocValuesField(IndexFields.PRODUCT_ID_VALUE, 0);
    private final NumericDocValuesField priceValue = new NumericDocValuesField(IndexFields.PRICE_VALUE, 0);
    private final NumericDocValuesField createdValue = new NumericDocValuesField(IndexFields.CREATED_VALUE, 0);
    private final NumericDocValuesField inStockValue = new NumericDocValuesField(IndexFields.IN_STOCK_VALUE, 0);
    private final NumericDocValuesField communeSlot = new NumericDocValuesField(IndexFields.COMMUNE_SLOT, 0);
    private final NumericDocValuesField merchantSlot = new NumericDocValuesField(IndexFields.MERCHANT_SLOT, 0);
    private final NumericDocValuesField placementSlot = new NumericDocValuesField(IndexFields.PLACEMENT_SLOT, 0);
    private final BinaryDocValuesField encoded = new BinaryDocValuesField(IndexFields.DOCUMENT, new BytesRef());

    DocumentMapper(FacetDictionary dictionary) {
        this.dictionary = dictionary;
        for (Field field : new Field[] {id, generation, name, keywords, category, merchant, description,
                namePrefix, keywordsPrefix, categoryPrefix, merchantPrefix, productIdValue, priceValue, createdValue,
                inStockValue, communeSlot, merchantSlot, placementSlot, encoded}) {
            document.add(field);
        }
    }

    /** The Lucene document of this product, valid until the next call; registers its facet values. */
    Document map(SearchDocument source, long generationNumber) {
        FacetDictionary.Slots slots = dictionary.register(source);
        writeId(source.productId().value(), idBytes);
        generation.setLongValue(generationNumber);
        String productName = FrenchTextAnalysis.normalized(source.name());
        String productKeywords = FrenchTextAnalysis.normalized(source.keywords());
        String categoryName = FrenchTextAnalysis.normalized(source.categoryName());
        String merchantName = FrenchTextAnalysis.normalized(source.merchantName());
        name.setStringValue(productName);
        keywords.setStringValue(productKeywords);
        category.setStringValue(categoryName);
        merchant.setStringValue(merchantName);
        description.setStringValue(FrenchTextAnalysis.normalized(source.description()));
        namePrefix.setStringValue(productName);
        keywordsPrefix.setStringValue(productKeywords);
        categoryPrefix.setStringValue(categoryName);
        merchantPrefix.setStringValue(merchantName);
        productIdValue.setLongValue(source.productId().value());
        priceValue.setLongValue(source.minPrice().minorUnits());
        createdValue.setLongValue(createdAtNanos(source.createdAt()));
        inStockValue.setLongValue(source.inStock() ? 1 : 0);
        communeSlot.setLongValue(slots.commune());
        merchantSlot.setLongValue(slots.merchant());
        placementSlot.setLongValue(slots.placement());
        encoded.setBytesValue(encoder.encode(source));
        return document;
    }

    static Term idTerm(ProductId productId) {
        byte[] bytes = new byte[Long.BYTES];
        writeId(productId.value(), bytes);
        return new Term(IndexFields.ID, new BytesRef(bytes));
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

    private static void writeId(long value, byte[] into) {
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            into[i] = (byte) value;
            value >>>= 8;
        }
    }

    private static Field text(String fieldName) {
        return new Field(fieldName, "", IndexFields.TEXT);
    }
}

package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Names and types of the index's fields. */
final class IndexFields {

    /** The product id as 8 big-endian bytes: the key of updates and deletes. */
    static final String ID = "id";
    /** Which {@link LuceneSearchIndex#replaceAll rebuild} wrote the document (a point, for deleting a generation). */
    static final String GENERATION = "gen";

    static final String NAME = "name";
    /** Keywords, category name and shop name: one field, so that a word costs one term lookup for the three. */
    static final String TAGS = "tags";
    static final String DESCRIPTION = "description";
    /** Word beginnings of name, keywords, category and merchant, for search-as-you-type. */
    static final String PREFIX = "prefix";

    /** Numeric doc values, read into {@link SegmentColumns}. */
    static final String PRODUCT_ID_VALUE = "v.productId";
    static final String PRICE_VALUE = "v.price";
    static final String CREATED_VALUE = "v.created";
    static final String IN_STOCK_VALUE = "v.inStock";
    static final String COMMUNE_SLOT = "v.commune";
    static final String MERCHANT_SLOT = "v.merchant";
    static final String PLACEMENT_SLOT = "v.placement";

    /** Binary doc values: the whole {@code SearchDocument}, see {@link DocumentCodec}. */
    static final String DOCUMENT = "v.document";

    /** Analysed, not stored; no positions since queries never need phrases, but frequencies and norms for BM25. */
    static final FieldType TEXT;

    static {
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setStored(false);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        text.freeze();
        TEXT = text;
    }

    private IndexFields() {
    }
}

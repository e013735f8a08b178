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
    /** The name as written (lower case, accents kept, unstemmed): the word as typed ranks first. */
    static final String NAME_EXACT = "name.exact";
    /** The name's first word, stemmed: what the product is ("Café moulu" is coffee, "Éclair au café" is not). */
    static final String NAME_HEAD = "name.head";
    static final String CATEGORY = "category";
    /** Keywords (the shop's trade, variant options) and the commune's name: one field, one term lookup for both. */
    static final String TAGS = "tags";
    /** The shop's name: a search matches it as a whole (every word), never one word of it mixed with the product's. */
    static final String SHOP = "shop";
    static final String DESCRIPTION = "description";
    /** Word beginnings of name, keywords, category and merchant, for search-as-you-type. */
    static final String PREFIX = "prefix";
    /** Folded unstemmed words of name, category and shop name: the dictionary typos are corrected against. */
    static final String WORDS = "words";

    /** Numeric doc values, read into {@link SegmentColumns}. */
    static final String PRODUCT_ID_VALUE = "v.productId";
    static final String PRICE_VALUE = "v.price";
    static final String CREATED_VALUE = "v.created";
    static final String IN_STOCK_VALUE = "v.inStock";
    static final String COMMUNE_SLOT = "v.commune";
    static final String MERCHANT_SLOT = "v.merchant";
    static final String PLACEMENT_SLOT = "v.placement";
    /** A hash of the folded name and the category: identical products of several shops share it. */
    static final String SAME_PRODUCT_VALUE = "v.sameProduct";

    /** Binary doc values: the whole {@code SearchDocument}, see {@link DocumentCodec}. */
    static final String DOCUMENT = "v.document";

    /** Analysed, not stored; no positions since queries never need phrases, but frequencies and norms for BM25. */
    static final FieldType TEXT;
    /** Analysed, not stored, documents only without norms: looked up (doc frequencies), never scored. */
    static final FieldType LOOKUP;

    static {
        FieldType lookup = new FieldType();
        lookup.setTokenized(true);
        lookup.setStored(false);
        lookup.setOmitNorms(true);
        lookup.setIndexOptions(IndexOptions.DOCS);
        lookup.freeze();
        LOOKUP = lookup;
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

package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;

/**
 * The per-document values a search reads for every match (filters, facet counts, sort keys) of one segment, loaded
 * once into plain arrays when the segment is first opened: reading an array element is several times cheaper than
 * advancing a doc-values iterator, and segments never change (deletions are live docs, applied by the scorer). About
 * 45 bytes per document.
 */
final class SegmentColumns {

    final long[] productIds;
    final long[] prices;
    /** {@code createdAt} in nanoseconds since the epoch, saturated, see {@link DocumentMapper#createdAtNanos}. */
    final long[] createdAt;
    final int[] communes;
    final int[] merchants;
    final int[] placements;
    /** See {@link DocumentMapper#sameProductKey}. */
    final long[] sameProduct;
    final FixedBitSet inStock;

    private SegmentColumns(int maxDoc) {
        productIds = new long[maxDoc];
        prices = new long[maxDoc];
        createdAt = new long[maxDoc];
        communes = new int[maxDoc];
        merchants = new int[maxDoc];
        placements = new int[maxDoc];
        sameProduct = new long[maxDoc];
        inStock = new FixedBitSet(Math.max(1, maxDoc));
    }

    static SegmentColumns load(LeafReader reader) throws IOException {
        SegmentColumns columns = new SegmentColumns(reader.maxDoc());
        read(reader, IndexFields.PRODUCT_ID_VALUE, columns.productIds);
        read(reader, IndexFields.PRICE_VALUE, columns.prices);
        read(reader, IndexFields.CREATED_VALUE, columns.createdAt);
        read(reader, IndexFields.COMMUNE_SLOT, columns.communes);
        read(reader, IndexFields.MERCHANT_SLOT, columns.merchants);
        read(reader, IndexFields.PLACEMENT_SLOT, columns.placements);
        read(reader, IndexFields.SAME_PRODUCT_VALUE, columns.sameProduct);
        NumericDocValues stock = DocValues.getNumeric(reader, IndexFields.IN_STOCK_VALUE);
        for (int doc = stock.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stock.nextDoc()) {
            if (stock.longValue() != 0) {
                columns.inStock.set(doc);
            }
        }
        return columns;
    }

    private static void read(LeafReader reader, String field, long[] into) throws IOException {
        NumericDocValues values = DocValues.getNumeric(reader, field);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            into[doc] = values.longValue();
        }
    }

    private static void read(LeafReader reader, String field, int[] into) throws IOException {
        NumericDocValues values = DocValues.getNumeric(reader, field);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            into[doc] = (int) values.longValue();
        }
    }
}

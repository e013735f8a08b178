package io.comptoir.engine.core.search.lucene;

/**
 * The best {@code capacity} hits seen so far, in primitive arrays (no object per hit): a binary heap with the worst
 * kept hit on top. Hits are ordered by a primary key, then newest first, then by product id, all ascending once
 * encoded: the primary key is whatever the sort order needs (negated score, price, bit-inverted price, or 0), the
 * creation time is bit-inverted ({@code ~t} reverses the order without overflowing).
 */
final class TopHits {

    private final long[] primary;
    private final long[] inverseCreated;
    private final long[] productIds;
    private final long[] references;
    private int size;

    TopHits(int capacity) {
        primary = new long[capacity];
        inverseCreated = new long[capacity];
        productIds = new long[capacity];
        references = new long[capacity];
    }

    /** Offers a hit; {@code reference} identifies the document (segment ordinal and doc id). */
    void offer(long primaryKey, long created, long productId, long reference) {
        long inverse = ~created;
        if (size < primary.length) {
            set(size, primaryKey, inverse, productId, reference);
            siftUp(size++);
        }
        else if (isBefore(primaryKey, inverse, productId, 0)) {
            set(0, primaryKey, inverse, productId, reference);
            siftDown(0);
        }
    }

    int size() {
        return size;
    }

    /** The references of the kept hits from rank {@code from} (inclusive) to {@code to} (exclusive), best first. Empties the heap. */
    long[] drain(int from, int to) {
        int end = Math.min(to, size);
        long[] ranked = new long[size];
        for (int rank = size - 1; rank >= 0; rank--) {
            ranked[rank] = references[0];
            size--;
            if (size > 0) {
                move(size, 0);
                siftDown(0);
            }
        }
        if (from >= end) {
            return new long[0];
        }
        long[] page = new long[end - from];
        System.arraycopy(ranked, from, page, 0, page.length);
        return page;
    }

    /** Whether the given keys rank before (are better than) the hit at {@code index}. */
    private boolean isBefore(long p, long c, long id, int index) {
        if (p != primary[index]) {
            return p < primary[index];
        }
        if (c != inverseCreated[index]) {
            return c < inverseCreated[index];
        }
        return id < productIds[index];
    }

    private boolean isBefore(int a, int b) {
        return isBefore(primary[a], inverseCreated[a], productIds[a], b);
    }

    private void siftUp(int index) {
        int child = index;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (!isBefore(parent, child)) {
                return;
            }
            swap(parent, child);
            child = parent;
        }
    }

    private void siftDown(int index) {
        int parent = index;
        while (true) {
            int worst = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && isBefore(worst, left)) {
                worst = left;
            }
            if (right < size && isBefore(worst, right)) {
                worst = right;
            }
            if (worst == parent) {
                return;
            }
            swap(parent, worst);
            parent = worst;
        }
    }

    private void set(int index, long p, long c, long id, long reference) {
        primary[index] = p;
        inverseCreated[index] = c;
        productIds[index] = id;
        references[index] = reference;
    }

    private void move(int from, int to) {
        set(to, primary[from], inverseCreated[from], productIds[from], references[from]);
    }

    private void swap(int a, int b) {
        long p = primary[a];
        long c = inverseCreated[a];
        long id = productIds[a];
        long reference = references[a];
        move(b, a);
        set(b, p, c, id, reference);
    }
}

package io.comptoir.engine.core.search.lucene;

/**
 * A set of positive longs in one open-addressing array (16 bytes per element at most, no boxing), for telling
 * repeated product ids apart while streaming a million documents. Not thread-safe.
 */
final class PositiveLongSet {

    private long[] slots = new long[1024];
    private int size;

    /** Adds the value; false if it was already there. */
    boolean add(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("not positive: " + value);
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int index = mix(value) & mask;
        while (table[index] != 0) {
            if (table[index] == value) {
                return false;
            }
            index = (index + 1) & mask;
        }
        table[index] = value;
        return true;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != 0) {
                insert(larger, value);
            }
        }
        slots = larger;
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

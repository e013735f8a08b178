package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.PriceBand;

/** {@link PriceBand}s by index, for counting in an array, and their French labels. */
final class PriceBands {

    private static final PriceBand[] BANDS = PriceBand.values();
    static final int COUNT = BANDS.length;
    private static final long[] UPPER_BOUNDS = new long[COUNT];
    private static final String[] LABELS = new String[COUNT];

    static {
        for (int i = 0; i < COUNT; i++) {
            UPPER_BOUNDS[i] = BANDS[i].toCents();
            LABELS[i] = format(BANDS[i]);
        }
    }

    private PriceBands() {
    }

    /** The index of the band of a lowest price in minor units; agrees with {@link PriceBand#of}. */
    static int of(long price) {
        for (int i = 0; i < COUNT - 1; i++) {
            if (price < UPPER_BOUNDS[i]) {
                return i;
            }
        }
        return COUNT - 1;
    }

    static PriceBand band(int index) {
        return BANDS[index];
    }

    /** "Moins de 10 €", "10 € – 20 €", "100 € et plus". */
    static String label(PriceBand band) {
        return LABELS[band.ordinal()];
    }

    private static String format(PriceBand band) {
        if (band.fromCents() <= 0) {
            return "Moins de " + euros(band.toCents());
        }
        if (band.toCents() == Long.MAX_VALUE) {
            return euros(band.fromCents()) + " et plus";
        }
        return euros(band.fromCents()) + " – " + euros(band.toCents());
    }

    private static String euros(long cents) {
        long whole = cents / 100;
        long rest = cents % 100;
        return rest == 0 ? whole + " €" : String.format("%d,%02d €", whole, rest);
    }
}

package io.comptoir.app.vouchers.pos;

import java.util.function.LongFunction;

/** The parts of the point-of-sale back-office, in the order of its side navigation. */
enum PosSection {
    SELL("pos.nav.sell", PosPaths::till),
    STOCK("pos.nav.stock", PosPaths::stock),
    DAY("pos.nav.day", PosPaths::day);

    private final String labelKey;
    private final LongFunction<String> path;

    PosSection(String labelKey, LongFunction<String> path) {
        this.labelKey = labelKey;
        this.path = path;
    }

    String labelKey() {
        return labelKey;
    }

    String path(long pointOfSale) {
        return path.apply(pointOfSale);
    }
}

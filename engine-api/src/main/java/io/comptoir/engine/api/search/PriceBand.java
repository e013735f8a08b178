package io.comptoir.engine.api.search;

import io.comptoir.engine.api.money.Money;

import java.util.Optional;

/**
 * The price bands of the price facet, on a product's lowest price, in euros: lower bound inclusive, upper
 * bound exclusive.
 */
public enum PriceBand {
    UNDER_10(0, 1_000),
    FROM_10_TO_20(1_000, 2_000),
    FROM_20_TO_50(2_000, 5_000),
    FROM_50_TO_100(5_000, 10_000),
    FROM_100(10_000, Long.MAX_VALUE);

    private final long fromCents;
    private final long toCents;

    PriceBand(long fromCents, long toCents) {
        this.fromCents = fromCents;
        this.toCents = toCents;
    }

    public long fromCents() {
        return fromCents;
    }

    /** Exclusive upper bound, {@link Long#MAX_VALUE} for the last band. */
    public long toCents() {
        return toCents;
    }

    /** The facet value, e.g. {@code 1000-2000}, or {@code 10000-} for the open band. */
    public String value() {
        return fromCents + "-" + (toCents == Long.MAX_VALUE ? "" : Long.toString(toCents));
    }

    public static PriceBand of(Money price) {
        for (PriceBand band : values()) {
            if (price.minorUnits() < band.toCents) {
                return band;
            }
        }
        return FROM_100;
    }

    public static Optional<PriceBand> fromValue(String value) {
        for (PriceBand band : values()) {
            if (band.value().equals(value)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}

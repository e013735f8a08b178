package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/** One bar of a chart: a key (an id, a slug), its label for people, a count and an amount. */
public record Tally(String key, String label, long count, Money amount) {
    public Tally {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        requireNonNull(amount, "amount is null");
    }
}

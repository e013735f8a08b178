package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.ledger.PartBalance;

import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Value split by source: part 0 is buyers' money, the others each funder's subsidy (by funder id). A voucher's balance,
 * a hold, a redemption all have parts; an amount taken from them is split in proportion to what each part holds, to
 * the cent ({@link Money#allocate}), so that taking everything takes each part exactly.
 */
public record Parts(Currency currency, Map<Long, Long> bySource) {
    public Parts {
        requireNonNull(currency, "currency is null");
        TreeMap<Long, Long> copy = new TreeMap<>();
        requireNonNull(bySource, "bySource is null").forEach((source, amount) -> {
            if (amount != 0) {
                copy.put(source, amount);
            }
        });
        bySource = Collections.unmodifiableMap(copy);
    }

    /** The parts of credit-normal accounts (VOUCHER, HOLD) from their ledger balances. */
    public static Parts ofCreditBalances(Currency currency, List<PartBalance> balances) {
        TreeMap<Long, Long> parts = new TreeMap<>();
        balances.forEach(balance -> parts.merge(balance.part(), -balance.balance(), Long::sum));
        return new Parts(currency, parts);
    }

    /**
     * The parts as the voucher row caches them ({@code voucher.balance_parts}): {@code source:amount} pairs by source,
     * comma-separated, zero parts left out; nothing at all is the empty string.
     */
    public String encoded() {
        StringBuilder text = new StringBuilder();
        bySource.forEach((source, amount) -> {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(source).append(':').append(amount);
        });
        return text.toString();
    }

    /** The parts from their {@link #encoded()} form. */
    public static Parts decode(Currency currency, String encoded) {
        requireNonNull(encoded, "encoded is null");
        TreeMap<Long, Long> parts = new TreeMap<>();
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("not voucher parts: " + encoded);
                }
                parts.merge(Long.parseLong(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)), Long::sum);
            }
        }
        return new Parts(currency, parts);
    }

    public static Parts none(Currency currency) {
        return new Parts(currency, Map.of());
    }

    public long total() {
        return bySource.values().stream().mapToLong(Long::longValue).sum();
    }

    public long buyer() {
        return bySource.getOrDefault(0L, 0L);
    }

    public long subsidy() {
        return total() - buyer();
    }

    public boolean isEmpty() {
        return bySource.isEmpty();
    }

    /**
     * The share of {@code amount} each part pays, in proportion to the parts (which must all be positive and cover it).
     */
    public Parts take(long amount) {
        long total = total();
        if (amount <= 0 || amount > total) {
            throw new IllegalArgumentException("cannot take " + amount + " from parts worth " + total);
        }
        List<Long> sources = List.copyOf(bySource.keySet());
        long[] weights = new long[sources.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = bySource.get(sources.get(i));
            if (weights[i] < 0) {
                throw new IllegalStateException("negative part " + sources.get(i));
            }
        }
        Money[] shares = new Money(amount, currency).allocate(weights);
        TreeMap<Long, Long> taken = new TreeMap<>();
        for (int i = 0; i < shares.length; i++) {
            taken.put(sources.get(i), shares[i].minorUnits());
        }
        return new Parts(currency, taken);
    }

    public Parts minus(Parts other) {
        TreeMap<Long, Long> result = new TreeMap<>(bySource);
        other.bySource.forEach((source, amount) -> result.merge(source, -amount, Long::sum));
        return new Parts(currency, result);
    }

    public Parts plus(Parts other) {
        TreeMap<Long, Long> result = new TreeMap<>(bySource);
        other.bySource.forEach((source, amount) -> result.merge(source, amount, Long::sum));
        return new Parts(currency, result);
    }
}

package io.comptoir.engine.api.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * An amount of money: a whole number of the currency's minor units (cents for the euro) and the currency.
 *
 * <p>Never a floating-point number. Arithmetic refuses to mix currencies ({@link CurrencyMismatchException})
 * and to overflow ({@link ArithmeticException}). Proportional splits go through {@link #allocate(long...)},
 * which never loses or invents a cent.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {
    private static final Map<String, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    /** The euro, the currency of every demo territory. */
    public static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        requireNonNull(currency, "currency is null");
    }

    /** {@code minorUnits} of the given ISO 4217 currency code. */
    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(requireNonNull(currencyCode, "currencyCode is null")));
    }

    /** An amount in euro cents: {@code Money.euros(1250)} is 12,50 €. */
    public static Money euros(long cents) {
        return new Money(cents, EUR);
    }

    /** Zero in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Parses a decimal amount written with a dot or a comma ("12.5", "12,50") into minor units.
     *
     * @throws IllegalArgumentException if the text is not a number or has more decimals than the currency
     */
    public static Money parse(String decimal, Currency currency) {
        requireNonNull(decimal, "decimal is null");
        requireNonNull(currency, "currency is null");
        try {
            BigDecimal value = new BigDecimal(decimal.trim().replace(',', '.'));
            return new Money(value.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
        }
        catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not an amount of " + currency + ": " + decimal, e);
        }
    }

    public Money plus(Money other) {
        checkSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        checkSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Splits this amount in proportion to the given non-negative ratios, by the largest-remainder method:
     * the parts always sum to this amount exactly, and ties go to the earliest ratio.
     */
    public Money[] allocate(long... ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("no ratios");
        }
        long total = 0;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("negative ratio " + ratio);
            }
            total = Math.addExact(total, ratio);
        }
        if (total == 0) {
            throw new IllegalArgumentException("ratios sum to zero");
        }
        long sign = minorUnits < 0 ? -1 : 1;
        BigDecimal whole = BigDecimal.valueOf(Math.abs(minorUnits));
        long[] parts = new long[ratios.length];
        BigDecimal[] remainders = new BigDecimal[ratios.length];
        long allocated = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigDecimal[] division = whole.multiply(BigDecimal.valueOf(ratios[i])).divideAndRemainder(BigDecimal.valueOf(total));
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            allocated += parts[i];
        }
        long left = Math.abs(minorUnits) - allocated;
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < ratios.length; i++) {
                if (remainders[i].compareTo(remainders[best]) > 0) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = BigDecimal.valueOf(-1);
            left--;
        }
        Money[] result = new Money[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            result[i] = new Money(sign * parts[i], currency);
        }
        return result;
    }

    /** The amount as a decimal number of major units, e.g. {@code 12.50}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /** The amount formatted for people of the given locale, e.g. {@code 12,50 €} in French. */
    public String format(Locale locale) {
        requireNonNull(locale, "locale is null");
        // a NumberFormat is not thread-safe, and looking one up costs many times what formatting does (a page shows
        // dozens of prices): each locale's and currency's is made once and cloned
        NumberFormat prototype = FORMATS.computeIfAbsent(locale.toLanguageTag() + "|" + currency.getCurrencyCode(), key -> {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(currency);
            return format;
        });
        return ((NumberFormat) prototype.clone()).format(toDecimal());
    }

    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void checkSameCurrency(Money other) {
        requireNonNull(other, "other is null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}

package io.comptoir.stripe.book;

import java.math.BigDecimal;

/**
 * What the territory keeps of a shop's card share, in basis points (1 % is 100). The commission of an amount is rounded
 * down to the minor unit, in the shop's favour: the shop never pays more than the stated rate. It is always computed on
 * the whole of what the shop keeps (captured minus refunded), never movement by movement, so that rounding cannot drift
 * over several refunds.
 */
public record Commission(int basisPoints) {
    public static final Commission NONE = new Commission(0);

    public Commission {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a commission is between 0 and 100 %");
        }
    }

    /** Reads a percentage such as {@code 2.5} or {@code 8,25}: 0 to 100, at most two decimals. */
    public static Commission parsePercent(String text) {
        BigDecimal percent;
        try {
            percent = new BigDecimal(text.strip().replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("stripe.commission-percent must be a number from 0 to 100: " + text, e);
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("stripe.commission-percent must be from 0 to 100 with at most two decimals: " + text);
        }
        return new Commission(percent.movePointRight(2).intValueExact());
    }

    /** The commission on {@code net} minor units, rounded down. */
    public long of(long net) {
        if (net < 0) {
            throw new IllegalArgumentException("a commission is taken on a positive amount");
        }
        return Math.multiplyExact(net, basisPoints) / 10_000;
    }

    /** What the shop is paid of {@code net}. */
    public long shopShareOf(long net) {
        return net - of(net);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }
}

package io.comptoir.vouchers.api;

import java.util.Optional;
import java.util.random.RandomGenerator;

import static java.util.Objects.requireNonNull;

/**
 * A voucher's code: 12 Crockford base-32 symbols (60 random bits) and a mod-37 check symbol, written for people in
 * groups, {@code 7Q2K-9XHW-3MFA-C}. Stored in its canonical form (13 upper-case symbols, no dashes), so that a lookup
 * is exact however the code was typed: lower case, spaces or dashes, O for 0, I or L for 1.
 *
 * <p>A code is a bearer secret: {@link #toString()} masks all but its last four symbols, so a code that reaches a log
 * line by accident does not give the voucher away.
 */
public final class VoucherCode {
    public static final int DATA_LENGTH = 12;
    public static final int LENGTH = DATA_LENGTH + 1;

    private final String value;

    private VoucherCode(String canonical) {
        this.value = canonical;
    }

    /**
     * A code in its canonical form, as stored.
     *
     * @throws IllegalArgumentException when it is not canonical
     */
    public static VoucherCode of(String canonical) {
        requireNonNull(canonical, "canonical is null");
        VoucherCode code = parse(canonical).orElseThrow(() -> new IllegalArgumentException("not a voucher code"));
        if (!code.value.equals(canonical)) {
            throw new IllegalArgumentException("not a canonical voucher code");
        }
        return code;
    }

    /** The canonical form: 13 upper-case symbols. */
    public String value() {
        return value;
    }

    /** A new code of 60 bits from the generator (a {@link java.security.SecureRandom} in production). */
    public static VoucherCode random(RandomGenerator random) {
        long bits = random.nextLong() >>> 4;
        char[] symbols = new char[LENGTH];
        for (int i = DATA_LENGTH - 1; i >= 0; i--) {
            symbols[i] = Crockford.symbol((int) ((bits >>> (5 * (DATA_LENGTH - 1 - i))) & 31));
        }
        symbols[DATA_LENGTH] = Crockford.checkSymbol(bits);
        return new VoucherCode(new String(symbols));
    }

    /**
     * Reads a code as people type it; empty when it is not one (wrong length, a symbol outside the alphabet, or a check
     * symbol that does not match: a typo).
     */
    public static Optional<VoucherCode> parse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' && c != ' ' && c != '\u00a0' && c != '\t') {
                compact.append(c);
            }
        }
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        long value = 0;
        char[] canonical = new char[LENGTH];
        for (int i = 0; i < DATA_LENGTH; i++) {
            int symbol = Crockford.value(compact.charAt(i));
            if (symbol < 0) {
                return Optional.empty();
            }
            value = (value << 5) | symbol;
            canonical[i] = Crockford.symbol(symbol);
        }
        int check = Crockford.checkValue(compact.charAt(DATA_LENGTH));
        if (check < 0 || check != Long.remainderUnsigned(value, 37)) {
            return Optional.empty();
        }
        canonical[DATA_LENGTH] = Crockford.CHECK_SYMBOLS.charAt(check);
        return Optional.of(new VoucherCode(new String(canonical)));
    }

    /** For people and print: {@code 7Q2K-9XHW-3MFA-C}. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    /** The last four symbols, e.g. {@code MFAC}: enough for people to tell their vouchers apart. */
    public String lastFour() {
        return value.substring(LENGTH - 4);
    }

    /** All but the last four symbols hidden: {@code ****-****-*MFA-C}. */
    public String masked() {
        return "****-****-*" + value.substring(9, 12) + "-" + value.substring(12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VoucherCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}

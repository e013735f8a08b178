package io.comptoir.vouchers.api;

/**
 * Douglas Crockford's base 32: 32 symbols without I, L, O and U (no mistaking 1 for I or L, 0 for O, no accidental
 * obscenity), decoded leniently (lower case, O for 0, I and L for 1), and five more symbols {@code * ~ $ = U} that only a
 * check symbol uses: the value modulo 37. Since 37 is prime and does not divide 32, changing any one symbol changes
 * the value modulo 37, so a single wrong character is always caught (and so is swapping two neighbours).
 */
public final class Crockford {
    static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";

    private Crockford() {
    }

    /** The value of a data symbol, leniently read; -1 if it is not one. */
    static int value(char symbol) {
        char c = Character.toUpperCase(symbol);
        return switch (c) {
            case 'O' -> 0;
            case 'I', 'L' -> 1;
            default -> SYMBOLS.indexOf(c);
        };
    }

    /** The value of a check symbol, leniently read; -1 if it is not one. */
    static int checkValue(char symbol) {
        int data = value(symbol);
        if (data >= 0) {
            return data;
        }
        return CHECK_SYMBOLS.indexOf(Character.toUpperCase(symbol));
    }

    static char checkSymbol(long value) {
        return CHECK_SYMBOLS.charAt((int) Long.remainderUnsigned(value, 37));
    }

    static char symbol(int value) {
        return SYMBOLS.charAt(value);
    }
}

package io.comptoir.engine.api.merchant;

import java.math.BigInteger;
import java.util.Locale;

/**
 * International bank account numbers (ISO 13616): country code, two check digits, then the national number; valid when
 * the number, rearranged and read as digits, leaves 1 modulo 97. French IBANs have 27 characters.
 */
public final class Iban {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN without spaces, in upper case. */
    public static String normalise(String iban) {
        return iban == null ? "" : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String iban) {
        String value = normalise(iban);
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        if (value.startsWith("FR") && value.length() != 27) {
            return false;
        }
        return mod97(value.substring(4) + value.substring(0, 4)) == 1;
    }

    /** The two check digits that make {@code country + "00" + bban} valid. */
    public static String checkDigits(String country, String bban) {
        int remainder = mod97(normalise(bban) + country.toUpperCase(Locale.ROOT) + "00");
        return String.format("%02d", 98 - remainder);
    }

    private static int mod97(String rearranged) {
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    /** Grouped by four for people, the middle hidden: {@code FR76 •••• •••• 0189}. */
    public static String masked(String iban) {
        String value = normalise(iban);
        if (value.length() < 8) {
            return value;
        }
        return value.substring(0, 4) + " •••• •••• " + value.substring(value.length() - 4);
    }
}

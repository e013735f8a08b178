package io.comptoir.engine.api.merchant;

/**
 * The SIRET number of a French business establishment: 14 digits (the 9-digit SIREN of the company and a 5-digit
 * establishment number) whose Luhn checksum is valid. La Poste's establishments (SIREN 356 000 000) may follow their
 * own rule instead, the sum of the digits being a multiple of 5; either check is accepted for them.
 */
public final class Siret {
    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            int sum = 0;
            for (int i = 0; i < siret.length(); i++) {
                sum += siret.charAt(i) - '0';
            }
            return sum % 5 == 0 || luhnValid(siret);
        }
        return luhnValid(siret);
    }

    /** The Luhn check over any string of digits. */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The number written in groups for people: {@code 123 456 789 00012}. */
    public static String format(String siret) {
        if (siret == null || siret.length() != 14) {
            return String.valueOf(siret);
        }
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9);
    }
}

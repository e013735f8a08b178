package io.comptoir.app.merchant;

import io.comptoir.engine.api.error.InvalidInputException;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The engine's rules for variants, checked before the engine so that a problem names the very row and field at fault
 * ({@code variant.2.price} on a page, {@code variants[2].price} in the API) rather than the product as a whole.
 */
public final class VariantRules {
    public static final int MAX_VARIANTS = 100;
    public static final int MAX_OPTIONS = 5;
    public static final int MAX_STOCK = 1_000_000;
    public static final long MAX_PRICE = 100_000_000L;
    public static final int MAX_OPTION_TEXT = 60;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VariantRules() {
    }

    public static String sku(String field, String sku) {
        if (!SKU.matcher(sku).matches()) {
            throw new InvalidInputException(field, "invalid_sku", "a SKU has 1 to 64 letters, digits, dots, dashes or underscores");
        }
        return sku;
    }

    /** A reference for a variant its shop left without one: {@code REF-} and six random letters and digits. */
    public static String newSku() {
        StringBuilder sku = new StringBuilder("REF-");
        for (int i = 0; i < 6; i++) {
            sku.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sku.toString();
    }
}

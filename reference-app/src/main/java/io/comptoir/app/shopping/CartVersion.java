package io.comptoir.app.shopping;

import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * What the checkout page showed of the cart — its lines, quantities and prices — as a short digest the form sends back.
 * The engine refuses a checkout when a price or a stock moved since the cart was last read, but not when lines were
 * added meanwhile (in another tab): comparing the digest makes sure the shopper pays exactly what the page showed.
 */
final class CartVersion {

    private CartVersion() {
    }

    static String of(Cart cart) {
        StringBuilder text = new StringBuilder();
        cart.lines().stream().sorted(Comparator.comparingLong(line -> line.variantId().value())).forEach((CartLine line) ->
                text.append(line.variantId().value()).append(':').append(line.quantity()).append(':').append(line.unitPrice()).append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

package io.comptoir.engine.core.cart;

/** A variant shoppers may put in a cart now, with what the cart needs of it. */
public record VariantForSale(long id, int stock, long priceMinor) {
}

package io.comptoir.engine.api.cart;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

/**
 * Carts of guests and shoppers. Every read re-checks prices and availability against the catalogue, lowers
 * quantities to the stock, drops what is no longer for sale, and reports each change once as a {@link CartNotice}.
 * A cart reserves nothing: stock is reserved at checkout.
 */
public interface CartService {

    /** Most units of one variant in a cart. */
    int MAX_QUANTITY = 99;
    /** Most lines in a cart. */
    int MAX_LINES = 100;

    Cart cart(CartOwner owner);

    /**
     * Adds units of a variant (to an existing line, if any).
     *
     * @throws InvalidInputException {@code invalid_quantity} for a quantity below 1 or above {@link #MAX_QUANTITY}
     * @throws NotFoundException when the variant is not for sale to shoppers
     * @throws ConflictException {@code insufficient_stock} when the stock cannot cover the new quantity, or
     *         {@code cart_full} beyond {@link #MAX_LINES} lines
     */
    Cart add(CartOwner owner, VariantId variant, int quantity);

    /** Sets the quantity of a line; 0 removes it. Same errors as {@link #add}. */
    Cart setQuantity(CartOwner owner, VariantId variant, int quantity);

    Cart remove(CartOwner owner, VariantId variant);

    void clear(CartOwner owner);

    /**
     * Moves a guest's cart into a shopper's when they sign in: quantities of the same variant are added, capped by the
     * stock and {@link #MAX_QUANTITY}; the guest cart is emptied.
     */
    Cart merge(CartOwner.Guest guest, AccountId shopper);
}

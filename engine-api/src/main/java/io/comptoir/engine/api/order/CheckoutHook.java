package io.comptoir.engine.api.order;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;

import java.sql.Connection;
import java.util.List;

/**
 * SPI: takes part in checkout inside its transactions, where a plugin must have a say in the decision itself (as
 * Vendure's blocking event handlers or Medusa's workflow hooks), rather than hear about it afterwards from an event.
 * Registered with {@link io.comptoir.engine.api.plugin.PluginContext#registerCheckoutHook}; hooks run in registration
 * order (plugin order).
 *
 * <p>Each method gets the engine's transaction as a {@link Connection}: read and write the plugin's own tables with it,
 * and publish the plugin's events with {@code events().publish(connection, …)}, so that they commit or roll back with
 * the order. Never commit, roll back or close it. Keep hooks short: the shopper's cart is locked meanwhile. To refuse,
 * throw {@link ConflictException} (the shopper sees its code and message) or {@link InvalidInputException}: nothing of
 * the checkout is kept. Any other exception refuses too, as a server error.
 */
public interface CheckoutHook {

    /**
     * Reviews the basket and returns the adjustments to make (none by default). Called when the shopper asks for a quote
     * ({@link BasketReview#quoting()}), then twice during checkout: once before the payment providers are asked, once in
     * the transaction that writes the order; the checkout is refused with {@code cart_changed} if the two answers differ,
     * so the answer must depend only on the basket and the plugin's data. Must not write: {@link #reserved} does.
     */
    default List<BasketAdjustment> review(BasketReview basket, Connection transaction) throws Exception {
        return List.of();
    }

    /**
     * The order is written, with the adjustments, and not committed yet: write what goes with it (points spent, a stock of
     * the plugin's own). Throwing refuses the checkout and rolls everything back.
     */
    default void reserved(ReservedOrder order, Connection transaction) throws Exception {
    }

    /**
     * The order's payment failed (a tender was refused, or its confirmation never came), in the transaction that gives
     * the stock back: undo what {@link #reserved} wrote. Must not throw: the order fails anyway.
     */
    default void paymentFailed(ReservedOrder order, Connection transaction) throws Exception {
    }
}

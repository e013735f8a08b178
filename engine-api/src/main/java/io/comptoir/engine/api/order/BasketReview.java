package io.comptoir.engine.api.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The basket a {@link CheckoutHook} reviews: the shopper's cart split by shop, in basket order, with each shop's
 * fulfilment and what it costs before any adjustment.
 *
 * @param quoting true when the shopper is only looking at the price ({@link Checkout#quote}), false during the checkout
 */
public record BasketReview(AccountId shopper, List<Shop> shops, boolean quoting) {
    public BasketReview {
        requireNonNull(shopper, "shopper is null");
        shops = List.copyOf(requireNonNull(shops, "shops is null"));
    }

    /** One shop's part of the basket. */
    public record Shop(MerchantId merchant, List<CartLine> lines, FulfilmentChoice fulfilment, Money subtotal, Money deliveryFee) {
        public Shop {
            requireNonNull(merchant, "merchant is null");
            lines = List.copyOf(requireNonNull(lines, "lines is null"));
            requireNonNull(fulfilment, "fulfilment is null");
            requireNonNull(subtotal, "subtotal is null");
            requireNonNull(deliveryFee, "deliveryFee is null");
        }

        public Money total() {
            return subtotal.plus(deliveryFee);
        }
    }
}

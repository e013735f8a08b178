package io.comptoir.engine.api.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Turns a shopper's cart into an order: one {@link CustomerOrder} split into one {@link MerchantOrder} per shop.
 *
 * <p>Checkout re-reads the cart (refusing with {@code cart_changed} if anything moved since the shopper last saw it),
 * reserves the stock (never below zero), allocates the total across the tenders in their order, and authorises them
 * one after the other. The order is placed only when the tenders cover the total exactly; when a tender fails, the
 * tenders already authorised are released and the stock returns: nothing is left half-paid. Money is captured shop by
 * shop when each shop accepts its part.
 */
public interface Checkout {

    /** What each shop of the cart offers and costs with these choices (absent choices count as click &amp; collect). */
    List<ShopQuote> quote(AccountId shopper, Map<MerchantId, FulfilmentChoice> choices);

    /**
     * Pays the cart.
     *
     * @throws InvalidInputException naming the field: a missing or impossible fulfilment choice, an unknown provider
     *         ({@code tenders[i]}: {@code unknown_provider}), tender details a provider refuses ({@code tenders[i].details.<key>}
     *         with the provider's code, e.g. {@code tenders[0].details.card}), a missing idempotency key, a tender that can pay nothing of the basket
     *         ({@code tenders[i]}: {@code tender_unusable}, e.g. a way to pay refused by the shops it could pay), a tender's
     *         amount it cannot pay in full
     *         ({@code tenders[i].amount}: {@code amount_above_capacity} beyond a voucher's balance, {@code amount_not_payable}
     *         beyond what the basket leaves it to pay)
     * @throws ConflictException {@code cart_empty}, {@code cart_changed} (with the changes), {@code insufficient_stock},
     *         {@code tenders_do_not_cover} (the tenders cannot pay the total), {@code payment_method_refused} (a shop of the
     *         basket accepts none of the tenders' ways to pay: the details say why for each tender, see
     *         {@link io.comptoir.engine.api.payment.Payments#paymentOptions}), {@code payment_declined},
     *         {@code idempotency_key_reused} (the key was used for another shopper or another cart),
     *         {@code checkout_in_progress} (the same key is being processed: retry)
     */
    CheckoutResult checkout(CheckoutRequest request);

    /**
     * Pays the cart and, when the order then awaits a processor's confirmation (a card's webhook), answers once that has
     * settled it, or with the order still {@link CustomerOrderStatus#PENDING_PAYMENT} when {@code patience} runs out: what
     * {@link #checkout(CheckoutRequest)} followed by {@link Orders#whenPaymentSettled} gives, without reading the pending
     * order in between. No thread is held while it waits. The default pays and answers at once.
     *
     * <p>Refusals are those of {@link #checkout(CheckoutRequest)}: thrown when known before the wait, and a
     * {@code payment_declined} the confirmation brings completes the stage with that {@link ConflictException}.
     *
     * @throws IllegalArgumentException for a negative patience, or one longer than the implementation allows (the
     *         engine's: 60 s)
     */
    default CompletionStage<CheckoutResult> checkout(CheckoutRequest request, Duration patience) {
        if (patience.isNegative()) {
            throw new IllegalArgumentException("patience is negative");
        }
        return CompletableFuture.completedFuture(checkout(request));
    }
}

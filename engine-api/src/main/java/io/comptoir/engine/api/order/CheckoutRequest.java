package io.comptoir.engine.api.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.payment.TenderRequest;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Pays the shopper's cart: one fulfilment choice per shop of the cart, then the tenders in order.
 *
 * @param idempotencyKey chosen by the client (a UUID); the same key always returns the same order, never a second one
 */
public record CheckoutRequest(AccountId shopper, Map<MerchantId, FulfilmentChoice> fulfilment, List<TenderRequest> tenders,
                              String idempotencyKey) {
    public CheckoutRequest {
        requireNonNull(shopper, "shopper is null");
        fulfilment = Map.copyOf(requireNonNull(fulfilment, "fulfilment is null"));
        tenders = List.copyOf(requireNonNull(tenders, "tenders is null"));
        requireNonNull(idempotencyKey, "idempotencyKey is null");
    }
}

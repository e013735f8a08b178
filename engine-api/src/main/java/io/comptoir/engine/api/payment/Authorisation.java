package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A request to authorise one tender: hold {@link #amount()} now, to be captured shop by shop later.
 *
 * @param idempotencyKey the same key must always give the same result, never a second hold
 * @param orderNumber for the provider's statement, e.g. {@code C-000123}
 * @param details the shopper's tender details (a voucher code, a card token)
 * @param shares how much of the amount goes to each shop
 */
public record Authorisation(String idempotencyKey, PaymentId payment, CustomerOrderId order, String orderNumber, AccountId shopper,
                            Money amount, Map<String, String> details, Map<MerchantId, Money> shares) {
    public Authorisation {
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        requireNonNull(payment, "payment is null");
        requireNonNull(order, "order is null");
        requireNonNull(orderNumber, "orderNumber is null");
        requireNonNull(shopper, "shopper is null");
        requireNonNull(amount, "amount is null");
        details = Map.copyOf(requireNonNull(details, "details is null"));
        shares = Map.copyOf(requireNonNull(shares, "shares is null"));
    }
}

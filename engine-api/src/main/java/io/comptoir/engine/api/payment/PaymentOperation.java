package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;

import static java.util.Objects.requireNonNull;

/**
 * A capture, release or refund of part of an authorised tender, for one shop's order.
 *
 * @param idempotencyKey the same key must always give the same result, never a second movement
 */
public record PaymentOperation(String idempotencyKey, PaymentId payment, String providerReference, Money amount,
                               MerchantId merchant, MerchantOrderId merchantOrder) {
    public PaymentOperation {
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        requireNonNull(payment, "payment is null");
        requireNonNull(providerReference, "providerReference is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(merchant, "merchant is null");
        requireNonNull(merchantOrder, "merchantOrder is null");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an operation moves a positive amount");
        }
    }
}

package io.comptoir.stripe.api;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.stripe.api.MovementKind;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One movement of a shop's card share at Stripe.
 *
 * @param commission the change of the territory's commission that came with it (captures and refunds)
 * @param stripeId Stripe's id of the object that moved the money (ch_, re_, tr_, trr_; a reduction names its PaymentIntent)
 * @param transferId for a reversal, the transfer it reverses
 */
public record Movement(Instant at, String orderNumber, MerchantId merchant, String shopName, MovementKind kind, Money amount, Money commission,
                       String stripeId, Optional<String> transferId) {
    public Movement {
        requireNonNull(at, "at is null");
        requireNonNull(orderNumber, "orderNumber is null");
        requireNonNull(merchant, "merchant is null");
        requireNonNull(shopName, "shopName is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(commission, "commission is null");
        requireNonNull(stripeId, "stripeId is null");
        requireNonNull(transferId, "transferId is null");
    }
}

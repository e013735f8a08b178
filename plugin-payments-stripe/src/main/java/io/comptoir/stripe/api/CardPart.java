package io.comptoir.stripe.api;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shop's share of one card payment, for its back-office.
 *
 * @param transferError why Stripe refused the last transfer or reversal, until one succeeds
 */
public record CardPart(String orderNumber, Optional<MerchantOrderId> merchantOrder, Instant paidAt, PartStage stage, Money amount,
                       Money captured, Money refunded, Money commission, Money transferred, Money owed, Optional<String> transferError) {
    public CardPart {
        requireNonNull(orderNumber, "orderNumber is null");
        requireNonNull(merchantOrder, "merchantOrder is null");
        requireNonNull(paidAt, "paidAt is null");
        requireNonNull(stage, "stage is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(captured, "captured is null");
        requireNonNull(refunded, "refunded is null");
        requireNonNull(commission, "commission is null");
        requireNonNull(transferred, "transferred is null");
        requireNonNull(owed, "owed is null");
        requireNonNull(transferError, "transferError is null");
    }
}

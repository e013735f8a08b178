package io.comptoir.engine.api.order;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One shop's part of a cart about to be paid: what it offers, and what the shopper's choice costs.
 *
 * @param adjustments the discounts and surcharges plugins' {@link CheckoutHook}s would make
 */
public record ShopQuote(MerchantId merchantId, String merchantName, FulfilmentOptions options, Money subtotal, Money deliveryFee,
                        List<OrderAdjustment> adjustments) {
    public ShopQuote {
        requireNonNull(merchantId, "merchantId is null");
        requireNonNull(merchantName, "merchantName is null");
        requireNonNull(options, "options is null");
        requireNonNull(subtotal, "subtotal is null");
        requireNonNull(deliveryFee, "deliveryFee is null");
        adjustments = List.copyOf(requireNonNull(adjustments, "adjustments is null"));
    }

    public Money total() {
        return adjustments.stream().map(OrderAdjustment::amount).reduce(subtotal.plus(deliveryFee), Money::plus);
    }
}

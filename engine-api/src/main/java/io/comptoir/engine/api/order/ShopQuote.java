package io.comptoir.engine.api.order;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/** One shop's part of a cart about to be paid: what it offers, and what the shopper's choice costs. */
public record ShopQuote(MerchantId merchantId, String merchantName, FulfilmentOptions options, Money subtotal, Money deliveryFee) {
    public ShopQuote {
        requireNonNull(merchantId, "merchantId is null");
        requireNonNull(merchantName, "merchantName is null");
        requireNonNull(options, "options is null");
        requireNonNull(subtotal, "subtotal is null");
        requireNonNull(deliveryFee, "deliveryFee is null");
    }

    public Money total() {
        return subtotal.plus(deliveryFee);
    }
}

package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.merchant.MerchantId;

import static java.util.Objects.requireNonNull;

/** A shop that a way to pay cannot pay, and why. */
public record ShopRefusal(MerchantId merchant, String merchantName, PaymentRefusal refusal) {
    public ShopRefusal {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(merchantName, "merchantName is null");
        requireNonNull(refusal, "refusal is null");
    }
}

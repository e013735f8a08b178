package io.comptoir.stripe.api;

import io.comptoir.engine.api.merchant.MerchantId;

import static java.util.Objects.requireNonNull;

/** One shop's card shares over a period (see {@link CardTotals}). */
public record ShopTotals(MerchantId merchant, String shopName, CardTotals totals) {
    public ShopTotals {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(shopName, "shopName is null");
        requireNonNull(totals, "totals is null");
    }
}

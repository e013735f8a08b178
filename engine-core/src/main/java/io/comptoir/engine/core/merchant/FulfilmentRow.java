package io.comptoir.engine.core.merchant;

/** A row of {@code merchant_fulfilment}. */
public record FulfilmentRow(long merchantId, boolean clickAndCollect, boolean delivers, long deliveryFee, Long freeFrom, String currency) {
}

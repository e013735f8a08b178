package io.comptoir.engine.core.merchant;

/** A row of {@code merchant_payout}. */
public record PayoutRow(long merchantId, String holder, String iban, String bic) {
}

package io.comptoir.engine.core.merchant;

/** A row of {@code merchant_category}. */
public record MerchantCategoryRow(long merchantId, long categoryId) {
}

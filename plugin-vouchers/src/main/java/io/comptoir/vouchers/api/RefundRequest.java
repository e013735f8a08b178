package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/** A shop gives back part or all of an in-store redemption (goods returned). */
public record RefundRequest(MerchantId merchant, Account staff, long redemptionId, Money amount, String idempotencyKey) {
    public RefundRequest {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(staff, "staff is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
    }
}

package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/**
 * A shop's staff redeem an amount of a voucher at the counter.
 *
 * @param code as typed or scanned (case, dashes and O/0, I/L/1 do not matter)
 * @param idempotencyKey chosen by the till: a retried request returns the first receipt, never a second redemption
 * @param client the staff's IP address, for the wrong-code limits
 */
public record RedeemRequest(MerchantId merchant, Account staff, String code, Money amount, String idempotencyKey, String client) {
    public RedeemRequest {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(staff, "staff is null");
        requireNonNull(code, "code is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        requireNonNull(client, "client is null");
    }
}

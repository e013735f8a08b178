package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An operator sells vouchers at their point of sale, for cash.
 *
 * @param buyerEmail optional, to enforce per-buyer limits (and to remind the buyer before the deadline)
 * @param buyerPhone optional, to enforce per-buyer limits
 * @param idempotencyKey chosen by the till (a UUID): a retried request returns the same sale, never a second one
 */
public record SaleRequest(long pointOfSaleId, Account operator, long programmeId, long denominationId, int quantity,
                          Optional<String> buyerEmail, Optional<String> buyerPhone, String idempotencyKey) {
    public SaleRequest {
        requireNonNull(operator, "operator is null");
        requireNonNull(buyerEmail, "buyerEmail is null");
        requireNonNull(buyerPhone, "buyerPhone is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
    }
}

package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** An operator sells a pre-printed voucher of their point of sale's stock: scanning it activates it. */
public record StockSaleRequest(long pointOfSaleId, Account operator, String code, Optional<String> buyerEmail,
                               Optional<String> buyerPhone, String idempotencyKey) {
    public StockSaleRequest {
        requireNonNull(operator, "operator is null");
        requireNonNull(code, "code is null");
        requireNonNull(buyerEmail, "buyerEmail is null");
        requireNonNull(buyerPhone, "buyerPhone is null");
        requireNonNull(idempotencyKey, "idempotencyKey is null");
    }
}

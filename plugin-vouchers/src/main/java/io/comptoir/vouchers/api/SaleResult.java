package io.comptoir.vouchers.api;

import static java.util.Objects.requireNonNull;

/**
 * What a sale request gave.
 *
 * @param replayed true when the idempotency key had been used: this is the sale of that first request
 */
public record SaleResult(Sale sale, boolean replayed) {
    public SaleResult {
        requireNonNull(sale, "sale is null");
    }
}

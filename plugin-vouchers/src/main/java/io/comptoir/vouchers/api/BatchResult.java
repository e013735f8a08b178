package io.comptoir.vouchers.api;

import static java.util.Objects.requireNonNull;

/**
 * What a request to generate a batch gave.
 *
 * @param replayed true when the idempotency key had been used: this is the batch of that first request, nothing was generated
 */
public record BatchResult(Batch batch, boolean replayed) {
    public BatchResult {
        requireNonNull(batch, "batch is null");
    }
}

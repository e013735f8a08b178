package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A batch of pre-printed vouchers, numbered 1 to {@link #size()}: how many are still in stock, assigned to points of
 * sale, sold (activated) or voided.
 */
public record Batch(long id, long programmeId, long denominationId, Money face, int size, int unassigned, int inStock, int sold,
                    int voided, Instant createdAt) {
    public Batch {
        requireNonNull(face, "face is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}

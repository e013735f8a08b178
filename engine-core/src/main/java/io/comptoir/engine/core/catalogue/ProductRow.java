package io.comptoir.engine.core.catalogue;

import java.time.Instant;

/** A row of {@code product}. */
public record ProductRow(long id, long merchantId, String slug, String name, String description, long categoryId,
                         boolean hidden, Instant createdAt, Instant updatedAt) {
}

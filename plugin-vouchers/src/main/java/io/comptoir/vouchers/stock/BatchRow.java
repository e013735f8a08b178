package io.comptoir.vouchers.stock;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import java.time.Instant;

public record BatchRow(long id, @ColumnName("programme_id") long programmeId, @ColumnName("denomination_id") long denominationId,
                       long face, String currency, int size, int unassigned, @ColumnName("in_stock") int inStock, int sold, int voided,
                       @ColumnName("created_at") Instant createdAt) {
}

package io.comptoir.vouchers.settlement;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record StatementLineRow(@ColumnName("statement_id") long statementId, @ColumnName("source_kind") String sourceKind,
                               @ColumnName("source_id") long sourceId, long amount) {
}

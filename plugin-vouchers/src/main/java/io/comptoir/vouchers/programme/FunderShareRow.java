package io.comptoir.vouchers.programme;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record FunderShareRow(@ColumnName("funder_id") long funderId, long weight) {
}

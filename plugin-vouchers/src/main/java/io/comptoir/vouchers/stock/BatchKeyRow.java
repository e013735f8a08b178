package io.comptoir.vouchers.stock;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** The batch an admin generated under an idempotency key, and the hash of that request. */
public record BatchKeyRow(long id, @ColumnName("request_hash") String requestHash) {
}

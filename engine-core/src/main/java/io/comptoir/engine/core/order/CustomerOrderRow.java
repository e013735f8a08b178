package io.comptoir.engine.core.order;

import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code customer_order}. */
public record CustomerOrderRow(long id, String number, long shopperId, String shopperName, String shopperEmail, String status,
                               long total, String currency, String failureReason, String idempotencyKey, String requestHash,
                               Instant createdAt, Instant updatedAt) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<CustomerOrderRow> {
        @Override
        public CustomerOrderRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CustomerOrderRow(rs.getLong("id"), rs.getString("number"), rs.getLong("shopper_id"),
                    rs.getString("shopper_name"), rs.getString("shopper_email"), rs.getString("status"), rs.getLong("total"),
                    rs.getString("currency"), rs.getString("failure_reason"), rs.getString("idempotency_key"),
                    rs.getString("request_hash"), Instants.read(rs, "created_at"), Instants.read(rs, "updated_at"));
        }
    }
}

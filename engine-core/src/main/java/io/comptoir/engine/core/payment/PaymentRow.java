package io.comptoir.engine.core.payment;

import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A row of {@code payment}. {@code status} holds the base state (PENDING, AUTHORISED or FAILED); what the amounts say
 * beyond that (captured, refunded, voided) is derived by {@link PaymentStates}.
 */
public record PaymentRow(long id, long customerOrderId, int position, String provider, String label, String details, String status,
                         long amount, long captured, long released, long refunded, String currency, String providerReference,
                         String failureReason, Instant createdAt) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<PaymentRow> {
        @Override
        public PaymentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PaymentRow(rs.getLong("id"), rs.getLong("customer_order_id"), rs.getInt("position"),
                    rs.getString("provider"), rs.getString("label"), rs.getString("details"), rs.getString("status"),
                    rs.getLong("amount"), rs.getLong("captured"), rs.getLong("released"), rs.getLong("refunded"),
                    rs.getString("currency"), rs.getString("provider_reference"), rs.getString("failure_reason"),
                    Instants.read(rs, "created_at"));
        }
    }
}

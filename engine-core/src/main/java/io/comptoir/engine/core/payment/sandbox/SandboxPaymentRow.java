package io.comptoir.engine.core.payment.sandbox;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of {@code sandbox_card_payment}: the simulated bank's view of one card payment.
 *
 * @param paymentId the engine's payment the authorisation named; null for those taken before the bank kept it
 */
record SandboxPaymentRow(String reference, String idempotencyKey, long amount, long captured, long released, long refunded,
                         String status, String cardLast4, String declineReason, Long paymentId) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement (the bank reads one per decision). */
    public static final class Mapper implements RowMapper<SandboxPaymentRow> {
        @Override
        public SandboxPaymentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SandboxPaymentRow(rs.getString("reference"), rs.getString("idempotency_key"), rs.getLong("amount"),
                    rs.getLong("captured"), rs.getLong("released"), rs.getLong("refunded"), rs.getString("status"),
                    rs.getString("card_last4"), rs.getString("decline_reason"),
                    rs.getObject("payment_id", Long.class));
        }
    }
}

package io.comptoir.engine.core.payment;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code tender_share}, with its payment's provider and position. */
public record TenderShareRow(long paymentId, long merchantOrderId, String provider, int position, long amount, long captured,
                             long released, long refunded, String currency) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<TenderShareRow> {
        @Override
        public TenderShareRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new TenderShareRow(rs.getLong("payment_id"), rs.getLong("merchant_order_id"), rs.getString("provider"),
                    rs.getInt("position"), rs.getLong("amount"), rs.getLong("captured"), rs.getLong("released"),
                    rs.getLong("refunded"), rs.getString("currency"));
        }
    }
}

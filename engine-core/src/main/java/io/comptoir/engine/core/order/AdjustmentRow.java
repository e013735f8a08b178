package io.comptoir.engine.core.order;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code merchant_order_adjustment}. */
public record AdjustmentRow(long merchantOrderId, int position, String label, long amount, String source) {

    public static final class Mapper implements RowMapper<AdjustmentRow> {
        @Override
        public AdjustmentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AdjustmentRow(rs.getLong("merchant_order_id"), rs.getInt("position"), rs.getString("label"),
                    rs.getLong("amount"), rs.getString("source"));
        }
    }
}

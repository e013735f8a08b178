package io.comptoir.engine.core.order;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** A merchant order joined with one of its lines (none: an order without lines). */
public record MerchantOrderWithLine(MerchantOrderRow order, Optional<OrderLineRow> line) {

    /** Reads {@link OrderDao#MERCHANT_COLUMNS} and {@link OrderDao#LINE_COLUMNS}, whose names do not overlap. */
    public static final class Mapper implements RowMapper<MerchantOrderWithLine> {
        private final MerchantOrderRow.Mapper orders = new MerchantOrderRow.Mapper();
        private final OrderLineRow.Mapper lines = new OrderLineRow.Mapper();

        @Override
        public MerchantOrderWithLine map(ResultSet rs, StatementContext ctx) throws SQLException {
            MerchantOrderRow order = orders.map(rs, ctx);
            rs.getLong("merchant_order_id");
            return new MerchantOrderWithLine(order, rs.wasNull() ? Optional.empty() : Optional.of(lines.map(rs, ctx)));
        }
    }
}

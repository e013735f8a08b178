package io.comptoir.engine.core.order;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code order_line}. */
public record OrderLineRow(long merchantOrderId, int position, long variantId, long productId, String productName,
                           String variantLabel, String sku, long unitPrice, int quantity) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<OrderLineRow> {
        @Override
        public OrderLineRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new OrderLineRow(rs.getLong("merchant_order_id"), rs.getInt("position"), rs.getLong("variant_id"),
                    rs.getLong("product_id"), rs.getString("product_name"), rs.getString("variant_label"), rs.getString("sku"),
                    rs.getLong("unit_price"), rs.getInt("quantity"));
        }
    }
}

package io.comptoir.engine.core.cart;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A variant shoppers may put in a cart now, with what the cart shows of it. */
public record VariantForSale(long id, long productId, long merchantId, String productName, String sku, String options, long priceMinor,
                             String currency, int stock, String firstImage) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<VariantForSale> {
        @Override
        public VariantForSale map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VariantForSale(rs.getLong("id"), rs.getLong("product_id"), rs.getLong("merchant_id"),
                    rs.getString("product_name"), rs.getString("sku"), rs.getString("options"), rs.getLong("price_minor"),
                    rs.getString("currency"), rs.getInt("stock"), rs.getString("first_image"));
        }
    }
}

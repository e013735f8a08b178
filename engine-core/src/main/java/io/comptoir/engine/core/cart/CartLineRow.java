package io.comptoir.engine.core.cart;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A cart line joined with what it points to, as it is now: the variant's price and stock, whether the variant,
 * the product and the shop still sell it.
 */
public record CartLineRow(long variantId, int quantity, long seenPrice, int position, long productId, long merchantId,
                          String productName, String sku, String options, long price, String currency, int stock,
                          boolean withdrawn, boolean hidden, String merchantStatus,
                          String firstImage) {

    boolean forSale() {
        return !withdrawn && !hidden && "LIVE".equals(merchantStatus);
    }

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<CartLineRow> {
        @Override
        public CartLineRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CartLineRow(rs.getLong("variant_id"), rs.getInt("quantity"), rs.getLong("seen_price"),
                    rs.getInt("position"), rs.getLong("product_id"), rs.getLong("merchant_id"), rs.getString("product_name"),
                    rs.getString("sku"), rs.getString("options"), rs.getLong("price"), rs.getString("currency"),
                    rs.getInt("stock"), rs.getBoolean("withdrawn"), rs.getBoolean("hidden"), rs.getString("merchant_status"),
                    rs.getString("first_image"));
        }
    }
}

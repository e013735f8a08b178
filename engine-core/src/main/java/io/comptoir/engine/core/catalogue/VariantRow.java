package io.comptoir.engine.core.catalogue;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code variant}. */
public record VariantRow(long id, long productId, long merchantId, String sku, String options, long priceMinor,
                         String currency, int stock, int position, boolean withdrawn) {

    /** Reads a row by column name (see {@link ProductRow.Mapper}). */
    public static final class Mapper implements RowMapper<VariantRow> {
        @Override
        public VariantRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VariantRow(rs.getLong("id"), rs.getLong("product_id"), rs.getLong("merchant_id"), rs.getString("sku"),
                    rs.getString("options"), rs.getLong("price_minor"), rs.getString("currency"), rs.getInt("stock"),
                    rs.getInt("position"), rs.getBoolean("withdrawn"));
        }
    }
}

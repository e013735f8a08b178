package io.comptoir.engine.core.catalogue;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code product_image}. */
public record ImageRow(long productId, int position, String assetKey, String altText) {

    /** Reads a row by column name (see {@link ProductRow.Mapper}). */
    public static final class Mapper implements RowMapper<ImageRow> {
        @Override
        public ImageRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ImageRow(rs.getLong("product_id"), rs.getInt("position"), rs.getString("asset_key"), rs.getString("alt_text"));
        }
    }
}

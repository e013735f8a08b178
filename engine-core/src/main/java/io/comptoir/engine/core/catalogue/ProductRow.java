package io.comptoir.engine.core.catalogue;

import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code product}. */
public record ProductRow(long id, long merchantId, String slug, String name, String description, long categoryId,
                         boolean hidden, Instant createdAt, Instant updatedAt) {

    /**
     * Reads a row by column name. Hand-written rather than a constructor mapper, which works out again for every
     * statement which column feeds which parameter: products are read on every page.
     */
    public static final class Mapper implements RowMapper<ProductRow> {
        @Override
        public ProductRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ProductRow(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("slug"), rs.getString("name"),
                    rs.getString("description"), rs.getLong("category_id"), rs.getBoolean("hidden"),
                    Instants.read(rs, "created_at"), Instants.read(rs, "updated_at"));
        }
    }
}

package io.comptoir.engine.core.merchant;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code merchant_category}. */
public record MerchantCategoryRow(long merchantId, long categoryId) {

    /** Reads a row by column name. */
    public static final class Mapper implements RowMapper<MerchantCategoryRow> {
        @Override
        public MerchantCategoryRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MerchantCategoryRow(rs.getLong("merchant_id"), rs.getLong("category_id"));
        }
    }
}

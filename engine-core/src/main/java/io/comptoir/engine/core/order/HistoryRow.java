package io.comptoir.engine.core.order;

import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code merchant_order_history}. */
public record HistoryRow(long merchantOrderId, String fromStatus, String toStatus, String action, String actor, String note, Instant at) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<HistoryRow> {
        @Override
        public HistoryRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new HistoryRow(rs.getLong("merchant_order_id"), rs.getString("from_status"), rs.getString("to_status"),
                    rs.getString("action"), rs.getString("actor"), rs.getString("note"), Instants.read(rs, "at"));
        }
    }
}

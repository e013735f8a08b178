package io.comptoir.engine.core.event;

import io.comptoir.engine.core.persistence.RowInstants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An event with its place in the feed. */
public record FeedEvent(long position, EventRow row) {

    public static final class Mapper implements RowMapper<FeedEvent> {
        @Override
        public FeedEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FeedEvent(rs.getLong("feed_position"), new EventRow(rs.getLong("id"), rs.getString("type"),
                    rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("data"), rs.getString("actor"),
                    RowInstants.read(rs, "occurred_at")));
        }
    }
}

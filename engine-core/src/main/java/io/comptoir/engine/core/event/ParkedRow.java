package io.comptoir.engine.core.event;

import io.comptoir.engine.core.persistence.RowInstants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code event_parked} with its event. */
public record ParkedRow(String subscription, EventRow event, int attempts, String lastError, Instant parkedAt, String parkedBy,
                 Instant replayRequestedAt) {

    public static final class Mapper implements RowMapper<ParkedRow> {
        @Override
        public ParkedRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ParkedRow(rs.getString("subscription"), new EventRow(rs.getLong("id"), rs.getString("type"),
                    rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("data"), rs.getString("actor"),
                    RowInstants.read(rs, "occurred_at")), rs.getInt("attempts"), rs.getString("last_error"),
                    RowInstants.read(rs, "parked_at"), rs.getString("parked_by"), RowInstants.read(rs, "replay_requested_at"));
        }
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code domain_event}. */
public record EventRow(long id, String type, String aggregateType, String aggregateId, String data, String actor, Instant occurredAt) {
    public java.util.Map<String, String> dataValues() {
        return EventData.read(data);
    }

    public DomainEvent toEvent() {
        return new DomainEvent(id, type, aggregateType, aggregateId, EventData.read(data), Actor.parse(actor), occurredAt);
    }

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<EventRow> {
        @Override
        public EventRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new EventRow(rs.getLong("id"), rs.getString("type"), rs.getString("aggregate_type"),
                    rs.getString("aggregate_id"), rs.getString("data"), rs.getString("actor"),
                    Instants.read(rs, "occurred_at"));
        }
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.core.persistence.RowInstants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A row of {@code event_subscription}, with the id of the event at its position, how many of its events are parked and
 * how many of those wait for a replay.
 *
 * @param failingEventId 0 when it is not retrying anything; when it is, that event is at {@code feedPosition + 1}
 * @param lastEventId 0 when it has handled no event yet
 */
public record SubscriptionRow(String subscription, long feedPosition, long failingEventId, int attempts, Instant nextAttemptAt,
                       String lastError, String leaseOwner, Instant leaseUntil, Instant createdAt, Instant lastServedAt,
                       String lastServedBy, long lastEventId, long parked, long replays) {

    boolean isFailing() {
        return failingEventId != 0;
    }

    /** Whether a node holds a lease that has not run out. */
    boolean isLeased(Instant now) {
        return leaseOwner != null && leaseUntil != null && !leaseUntil.isBefore(now);
    }

    boolean isLeasedByAnotherThan(String node, Instant now) {
        return isLeased(now) && !leaseOwner.equals(node);
    }

    public static final class Mapper implements RowMapper<SubscriptionRow> {
        @Override
        public SubscriptionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SubscriptionRow(rs.getString("subscription"), rs.getLong("feed_position"), rs.getLong("failing_event_id"),
                    rs.getInt("attempts"), RowInstants.read(rs, "next_attempt_at"), rs.getString("last_error"),
                    rs.getString("lease_owner"), RowInstants.read(rs, "lease_until"), RowInstants.read(rs, "created_at"),
                    RowInstants.read(rs, "last_served_at"), rs.getString("last_served_by"), rs.getLong("last_event_id"),
                    rs.getLong("parked"), rs.getLong("replays"));
        }
    }
}

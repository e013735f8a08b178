package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.plugin.kit.Jdbis;
import org.jdbi.v3.core.Handle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes events into the outbox with the caller's connection, so an event exists if and only if the caller's
 * transaction commits. Who receives it is decided later, by each subscription reading the feed ({@link EventDispatcher}),
 * not by the publishing node.
 */
public final class OutboxEventPublisher implements EventPublisher {
    private static final String INSERT_EVENT = """
            INSERT INTO domain_event (type, aggregate_type, aggregate_id, data, actor, occurred_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final Clock clock;

    public OutboxEventPublisher(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Publishes within a JDBI transaction of the engine. */
    public long publish(Handle transaction, PendingEvent event) {
        return publish(transaction.getConnection(), event);
    }

    /**
     * Publishes several events within a JDBI transaction of the engine, in one round trip (a JDBC batch), in list order:
     * what a transaction that records several changes (an order's shops, its products' stock) publishes at once.
     */
    public void publishAll(Handle transaction, List<PendingEvent> events) {
        requireNonNull(transaction, "transaction is null");
        requireNonNull(events, "events is null");
        if (events.size() <= 1) {
            events.forEach(event -> publish(transaction, event));
            return;
        }
        Connection connection = transaction.getConnection();
        OffsetDateTime now = Jdbis.databaseTime(clock.instant());
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("publish events inside a transaction (the connection is in auto-commit)");
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                for (PendingEvent event : events) {
                    bind(insert, event, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot publish events " + events.stream().map(PendingEvent::type).toList() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement insert, PendingEvent event, OffsetDateTime now) throws SQLException {
        requireNonNull(event, "event is null");
        insert.setString(1, event.type());
        insert.setString(2, event.aggregateType());
        insert.setString(3, event.aggregateId());
        insert.setString(4, EventData.write(event.data()));
        insert.setString(5, event.actor().toString());
        insert.setObject(6, now);
    }

    @Override
    public long publish(Connection transaction, PendingEvent event) {
        requireNonNull(transaction, "transaction is null");
        requireNonNull(event, "event is null");
        OffsetDateTime now = Jdbis.databaseTime(clock.instant());
        try {
            if (transaction.getAutoCommit()) {
                throw new IllegalStateException("publish events inside a transaction (the connection is in auto-commit)");
            }
            long id;
            try (PreparedStatement insert = transaction.prepareStatement(INSERT_EVENT, new String[] {"id"})) {
                bind(insert, event, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return id;
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot publish event " + event.type() + ": " + e.getMessage(), e);
        }
    }
}

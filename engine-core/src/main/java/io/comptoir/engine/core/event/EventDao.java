package io.comptoir.engine.core.event;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(EventRow.Mapper.class)
@RegisterConstructorMapper(DeliveryRow.class)
public interface EventDao {

    @SqlQuery("""
            SELECT id, type, aggregate_type, aggregate_id, data, actor, occurred_at
            FROM domain_event WHERE id = :id""")
    Optional<EventRow> event(@Bind("id") long id);

    /** The change feed: events after a cursor, in id order. */
    @SqlQuery("""
            SELECT id, type, aggregate_type, aggregate_id, data, actor, occurred_at
            FROM domain_event WHERE id > :after ORDER BY id LIMIT :limit""")
    List<EventRow> eventsAfter(@Bind("after") long after, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT id, type, aggregate_type, aggregate_id, data, actor, occurred_at
            FROM domain_event WHERE id IN (<ids>) ORDER BY id""")
    List<EventRow> eventsWithIds(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM domain_event")
    long lastEventId();

    @SqlQuery("""
            SELECT event_id, subscription, attempts, next_attempt_at
            FROM event_delivery
            WHERE delivered_at IS NULL AND next_attempt_at <= :now
            ORDER BY event_id, subscription
            LIMIT :limit""")
    List<DeliveryRow> dueDeliveries(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Claims a due delivery for this node: only one node's update can match the old {@code next_attempt_at}. */
    @SqlUpdate("""
            UPDATE event_delivery SET next_attempt_at = :leaseUntil
            WHERE event_id = :eventId AND subscription = :subscription
              AND delivered_at IS NULL AND next_attempt_at = :seen""")
    int claim(@Bind("eventId") long eventId, @Bind("subscription") String subscription,
              @Bind("seen") Instant seen, @Bind("leaseUntil") Instant leaseUntil);

    @SqlUpdate("""
            UPDATE event_delivery SET delivered_at = :now, attempts = attempts + 1, last_error = NULL
            WHERE event_id = :eventId AND subscription = :subscription""")
    void markDelivered(@Bind("eventId") long eventId, @Bind("subscription") String subscription, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE event_delivery SET attempts = attempts + 1, next_attempt_at = :retryAt, last_error = :error
            WHERE event_id = :eventId AND subscription = :subscription""")
    void markFailed(@Bind("eventId") long eventId, @Bind("subscription") String subscription,
                    @Bind("retryAt") Instant retryAt, @Bind("error") String error);

    @SqlQuery("SELECT COUNT(*) FROM event_delivery WHERE delivered_at IS NULL")
    long undeliveredCount();
}

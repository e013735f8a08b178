package io.comptoir.engine.core.event;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(EventRow.Mapper.class)
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
            FROM domain_event WHERE id = ANY(:ids) ORDER BY id""")
    List<EventRow> eventsWithIds(@Bind("ids") Collection<Long> ids);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM domain_event")
    long lastEventId();
}

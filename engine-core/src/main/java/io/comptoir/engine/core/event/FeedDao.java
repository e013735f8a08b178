package io.comptoir.engine.core.event;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The event feed: positions given to committed events, and reading the feed by position. */
@RegisterRowMapper(FeedEvent.Mapper.class)
public interface FeedDao {

    /** The feed's row, locked until the end of the transaction: one node at a time gives out positions. */
    @SqlQuery("SELECT last_position FROM event_feed WHERE id = 1 FOR UPDATE")
    long lockHead();

    @SqlQuery("SELECT last_position FROM event_feed WHERE id = 1")
    long head();

    @SqlUpdate("UPDATE event_feed SET last_position = :position WHERE id = 1")
    void setHead(@Bind("position") long position);

    /** Committed events without a position yet, oldest first. */
    @SqlQuery("SELECT id FROM domain_event WHERE feed_position IS NULL ORDER BY id LIMIT :limit")
    List<Long> unpositioned(@Bind("limit") int limit);

    @SqlBatch("UPDATE domain_event SET feed_position = :position WHERE id = :id AND feed_position IS NULL")
    int[] position(@Bind("id") List<Long> ids, @Bind("position") List<Long> positions);

    @SqlQuery("""
            SELECT id, type, aggregate_type, aggregate_id, data, actor, occurred_at, feed_position
            FROM domain_event WHERE feed_position > :after ORDER BY feed_position LIMIT :limit""")
    List<FeedEvent> after(@Bind("after") long after, @Bind("limit") int limit);

    /** An event's position; -1 while it has none yet. */
    @SqlQuery("SELECT COALESCE(feed_position, -1) FROM domain_event WHERE id = :id")
    Optional<Long> positionOf(@Bind("id") long id);

    /** The position just before the first event that occurred at or after the instant (the head when there is none). */
    @SqlQuery("""
            SELECT COALESCE(MIN(feed_position) - 1, (SELECT last_position FROM event_feed WHERE id = 1))
            FROM domain_event WHERE occurred_at >= :since AND feed_position IS NOT NULL""")
    long positionBefore(@Bind("since") Instant since);
}

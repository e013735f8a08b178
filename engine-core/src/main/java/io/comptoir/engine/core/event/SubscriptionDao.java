package io.comptoir.engine.core.event;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions and their parked events. Every update a delivering node makes is guarded by its lease and by the
 * position it read, so a node that lost its lease (or an operator's rewind) makes it stop instead of overwriting.
 */
@RegisterRowMapper(SubscriptionRow.Mapper.class)
@RegisterRowMapper(ParkedRow.Mapper.class)
public interface SubscriptionDao {
    String SELECT = """
            SELECT s.subscription, s.feed_position, COALESCE(s.failing_event_id, 0) AS failing_event_id, s.attempts,
                   s.next_attempt_at, s.last_error, s.lease_owner, s.lease_until, s.created_at, s.last_served_at,
                   s.last_served_by, COALESCE(e.id, 0) AS last_event_id,
                   (SELECT COUNT(*) FROM event_parked p WHERE p.subscription = s.subscription) AS parked,
                   (SELECT COUNT(*) FROM event_parked p WHERE p.subscription = s.subscription
                      AND p.replay_requested_at IS NOT NULL) AS replays
            FROM event_subscription s LEFT JOIN domain_event e ON e.feed_position = s.feed_position
            """;

    @SqlQuery(SELECT + " ORDER BY s.subscription")
    List<SubscriptionRow> all();

    @SqlQuery(SELECT + " WHERE s.subscription = :subscription")
    Optional<SubscriptionRow> one(@Bind("subscription") String subscription);

    @SqlUpdate("""
            INSERT INTO event_subscription (subscription, feed_position, attempts, next_attempt_at, created_at, last_served_at,
                                            last_served_by)
            VALUES (:subscription, :position, 0, :now, :now, :now, :node)""")
    void insert(@Bind("subscription") String subscription, @Bind("position") long position, @Bind("now") Instant now,
                @Bind("node") String node);

    @SqlUpdate("UPDATE event_subscription SET last_served_at = :now, last_served_by = :node WHERE subscription = :subscription")
    int served(@Bind("subscription") String subscription, @Bind("now") Instant now, @Bind("node") String node);

    /**
     * Takes the subscription's lease unless another node holds one that has not run out, or the subscription moved since
     * it was read at {@code position}; 1 when this node has it, at that position.
     */
    @SqlUpdate("""
            UPDATE event_subscription SET lease_owner = :node, lease_until = :until, last_served_at = :now, last_served_by = :node
            WHERE subscription = :subscription AND feed_position = :position
              AND (lease_owner IS NULL OR lease_owner = :node OR lease_until < :now)""")
    int claim(@Bind("subscription") String subscription, @Bind("position") long position, @Bind("node") String node,
              @Bind("now") Instant now, @Bind("until") Instant until);

    @SqlUpdate("UPDATE event_subscription SET lease_until = :until WHERE subscription = :subscription AND lease_owner = :node")
    int renew(@Bind("subscription") String subscription, @Bind("node") String node, @Bind("until") Instant until);

    @SqlUpdate("""
            UPDATE event_subscription SET lease_owner = NULL, lease_until = NULL
            WHERE subscription = :subscription AND lease_owner = :node""")
    int release(@Bind("subscription") String subscription, @Bind("node") String node);

    /**
     * Moves past events handled (delivered or not wanted), clears any failure and gives the lease up, in one update: the
     * end of a delivery session.
     */
    @SqlUpdate("""
            UPDATE event_subscription SET feed_position = :to, failing_event_id = NULL, attempts = 0, last_error = NULL,
                   next_attempt_at = :now, lease_owner = NULL, lease_until = NULL
            WHERE subscription = :subscription AND lease_owner = :node AND feed_position = :from""")
    int advanceAndRelease(@Bind("subscription") String subscription, @Bind("node") String node, @Bind("from") long from,
                          @Bind("to") long to, @Bind("now") Instant now);

    /** Moves past events handled (delivered or not wanted); clears any failure. */
    @SqlUpdate("""
            UPDATE event_subscription SET feed_position = :to, failing_event_id = NULL, attempts = 0, last_error = NULL,
                   next_attempt_at = :now
            WHERE subscription = :subscription AND lease_owner = :node AND feed_position = :from""")
    int advance(@Bind("subscription") String subscription, @Bind("node") String node, @Bind("from") long from,
                @Bind("to") long to, @Bind("now") Instant now);

    /**
     * Moves a subscription past events its listener does not want, without a lease: only when no node holds one, it is
     * not retrying an event, and it is still where it was read.
     */
    @SqlUpdate("""
            UPDATE event_subscription SET feed_position = :to
            WHERE subscription = :subscription AND feed_position = :from AND failing_event_id IS NULL
              AND (lease_owner IS NULL OR lease_until < :now)""")
    int skip(@Bind("subscription") String subscription, @Bind("from") long from, @Bind("to") long to, @Bind("now") Instant now);

    /** Records a failed attempt at the event that follows {@code to}, and when to try it again. */
    @SqlUpdate("""
            UPDATE event_subscription SET feed_position = :to, failing_event_id = :eventId, attempts = :attempts,
                   next_attempt_at = :retryAt, last_error = :error
            WHERE subscription = :subscription AND lease_owner = :node AND feed_position = :from""")
    int fail(@Bind("subscription") String subscription, @Bind("node") String node, @Bind("from") long from,
             @Bind("to") long to, @Bind("eventId") long eventId, @Bind("attempts") int attempts,
             @Bind("retryAt") Instant retryAt, @Bind("error") String error);

    @SqlUpdate("""
            INSERT INTO event_parked (subscription, event_id, attempts, last_error, parked_at, parked_by)
            VALUES (:subscription, :eventId, :attempts, :error, :now, :by)""")
    void park(@Bind("subscription") String subscription, @Bind("eventId") long eventId, @Bind("attempts") int attempts,
              @Bind("error") String error, @Bind("now") Instant now, @Bind("by") String by);

    @SqlQuery("""
            SELECT p.subscription, p.attempts, p.last_error, p.parked_at, p.parked_by, p.replay_requested_at,
                   e.id, e.type, e.aggregate_type, e.aggregate_id, e.data, e.actor, e.occurred_at
            FROM event_parked p JOIN domain_event e ON e.id = p.event_id
            WHERE p.subscription = :subscription ORDER BY p.event_id LIMIT :limit""")
    List<ParkedRow> parked(@Bind("subscription") String subscription, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT p.subscription, p.attempts, p.last_error, p.parked_at, p.parked_by, p.replay_requested_at,
                   e.id, e.type, e.aggregate_type, e.aggregate_id, e.data, e.actor, e.occurred_at
            FROM event_parked p JOIN domain_event e ON e.id = p.event_id
            WHERE p.subscription = :subscription AND p.replay_requested_at IS NOT NULL ORDER BY p.event_id LIMIT :limit""")
    List<ParkedRow> replays(@Bind("subscription") String subscription, @Bind("limit") int limit);

    @SqlUpdate("UPDATE event_parked SET replay_requested_at = :now WHERE subscription = :subscription AND event_id = :eventId")
    int requestReplay(@Bind("subscription") String subscription, @Bind("eventId") long eventId, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE event_parked SET attempts = attempts + 1, last_error = :error, replay_requested_at = NULL
            WHERE subscription = :subscription AND event_id = :eventId AND replay_requested_at IS NOT NULL""")
    int replayFailed(@Bind("subscription") String subscription, @Bind("eventId") long eventId, @Bind("error") String error);

    @SqlUpdate("DELETE FROM event_parked WHERE subscription = :subscription AND event_id = :eventId")
    int unpark(@Bind("subscription") String subscription, @Bind("eventId") long eventId);

    @SqlUpdate("UPDATE event_subscription SET next_attempt_at = :now WHERE subscription = :subscription")
    int retryNow(@Bind("subscription") String subscription, @Bind("now") Instant now);

    /** Parks the failing event of an operator's choice and moves past it, if it is still the one failing. */
    @SqlUpdate("""
            UPDATE event_subscription SET feed_position = feed_position + 1, failing_event_id = NULL, attempts = 0,
                   last_error = NULL, next_attempt_at = :now
            WHERE subscription = :subscription AND failing_event_id = :eventId""")
    int skipFailing(@Bind("subscription") String subscription, @Bind("eventId") long eventId, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE event_subscription SET feed_position = :position, failing_event_id = NULL, attempts = 0, last_error = NULL,
                   next_attempt_at = :now
            WHERE subscription = :subscription""")
    int moveTo(@Bind("subscription") String subscription, @Bind("position") long position, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM event_parked WHERE subscription = :subscription")
    void forgetParked(@Bind("subscription") String subscription);

    @SqlUpdate("DELETE FROM event_subscription WHERE subscription = :subscription")
    int forget(@Bind("subscription") String subscription);
}

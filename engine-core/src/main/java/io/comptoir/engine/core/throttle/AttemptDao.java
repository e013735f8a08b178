package io.comptoir.engine.core.throttle;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code login_throttle} table: one row per hashed subject key, its count and the start of its window. */
interface AttemptDao {

    /**
     * Counts one more attempt for a key, unless the key has used up its window; a window older than {@code floor}
     * starts afresh. A single guarded statement, so that parallel attempts are all counted.
     */
    @SqlUpdate("""
            UPDATE login_throttle
               SET failures = CASE WHEN window_start <= :floor THEN 1 ELSE failures + 1 END,
                   window_start = CASE WHEN window_start <= :floor THEN :now ELSE window_start END
             WHERE throttle_key = :key AND (window_start <= :floor OR failures < :limit)""")
    int count(@Bind("key") String key, @Bind("now") Instant now, @Bind("floor") Instant floor, @Bind("limit") int limit);

    /** Counts one more attempt for a key whatever its count; a window older than {@code floor} starts afresh. */
    @SqlUpdate("""
            UPDATE login_throttle
               SET failures = CASE WHEN window_start <= :floor THEN 1 ELSE failures + 1 END,
                   window_start = CASE WHEN window_start <= :floor THEN :now ELSE window_start END
             WHERE throttle_key = :key""")
    int record(@Bind("key") String key, @Bind("now") Instant now, @Bind("floor") Instant floor);

    @SqlUpdate("INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (:key, 1, :now)")
    void insert(@Bind("key") String key, @Bind("now") Instant now);

    @SqlQuery("SELECT window_start FROM login_throttle WHERE throttle_key = :key")
    Optional<Instant> windowStart(@Bind("key") String key);

    /** The earliest window start among the keys that used up their attempts in a window opened after {@code floor}. */
    @SqlQuery("SELECT MIN(window_start) FROM login_throttle WHERE throttle_key = ANY(:keys) AND window_start > :floor AND failures >= :limit")
    Optional<Instant> exhaustedSince(@Bind("keys") List<String> keys, @Bind("floor") Instant floor, @Bind("limit") int limit);

    /** Gives back an attempt that turned out not to count. */
    @SqlUpdate("UPDATE login_throttle SET failures = failures - 1 WHERE throttle_key = :key AND failures > 0")
    void giveBack(@Bind("key") String key);

    @SqlUpdate("DELETE FROM login_throttle WHERE throttle_key = :key")
    void reset(@Bind("key") String key);

    @SqlUpdate("DELETE FROM login_throttle WHERE window_start <= :floor")
    int purge(@Bind("floor") Instant floor);
}

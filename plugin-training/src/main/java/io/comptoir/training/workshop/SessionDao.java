package io.comptoir.training.workshop;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(SessionRow.class)
@RegisterConstructorMapper(SessionDao.StateCount.class)
interface SessionDao {
    String COLUMNS = "id, module_id, starts_at, ends_at, place, commune_insee, online_url, capacity, trainer_account_id, status, cancel_reason";

    record StateCount(long sessionId, String state, int count) {
    }

    @SqlUpdate("""
            INSERT INTO training_session (module_id, starts_at, ends_at, place, commune_insee, online_url, capacity,
                                          trainer_account_id, status, created_at, updated_at)
            VALUES (:moduleId, :startsAt, :endsAt, :place, :communeInsee, :onlineUrl, :capacity, :trainer, 'SCHEDULED', :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("moduleId") long moduleId, @Bind("startsAt") Instant startsAt, @Bind("endsAt") Instant endsAt,
                @Bind("place") String place, @Bind("communeInsee") String communeInsee, @Bind("onlineUrl") String onlineUrl,
                @Bind("capacity") int capacity, @Bind("trainer") long trainer, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE training_session SET module_id = :moduleId, starts_at = :startsAt, ends_at = :endsAt, place = :place,
                   commune_insee = :communeInsee, online_url = :onlineUrl, capacity = :capacity, trainer_account_id = :trainer,
                   updated_at = :now
            WHERE id = :id""")
    void update(@Bind("id") long id, @Bind("moduleId") long moduleId, @Bind("startsAt") Instant startsAt,
                @Bind("endsAt") Instant endsAt, @Bind("place") String place, @Bind("communeInsee") String communeInsee,
                @Bind("onlineUrl") String onlineUrl, @Bind("capacity") int capacity, @Bind("trainer") long trainer,
                @Bind("now") Instant now);

    @SqlUpdate("UPDATE training_session SET status = 'CANCELLED', cancel_reason = :reason, updated_at = :now WHERE id = :id AND status = 'SCHEDULED'")
    int cancel(@Bind("id") long id, @Bind("reason") String reason, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_session WHERE id = :id")
    Optional<SessionRow> find(@Bind("id") long id);

    /** Bookings of a session change only under this lock: seats and the waiting list move one booking at a time. */
    @SqlQuery("SELECT " + COLUMNS + " FROM training_session WHERE id = :id FOR UPDATE")
    Optional<SessionRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_session WHERE id = ANY(:ids)")
    List<SessionRow> withIds(@Bind("ids") Collection<Long> ids);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_session WHERE status = 'SCHEDULED' AND starts_at > :now ORDER BY starts_at, id LIMIT :limit")
    List<SessionRow> upcoming(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_session WHERE starts_at >= :from AND starts_at < :until ORDER BY starts_at, id")
    List<SessionRow> between(@Bind("from") Instant from, @Bind("until") Instant until);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_session WHERE trainer_account_id = :trainer AND starts_at >= :from ORDER BY starts_at, id")
    List<SessionRow> ofTrainer(@Bind("trainer") long trainer, @Bind("from") Instant from);

    @SqlQuery("""
            SELECT session_id, state, COUNT(*) AS count FROM training_booking
            WHERE session_id = ANY(:ids) AND state <> 'CANCELLED' GROUP BY session_id, state""")
    List<StateCount> counts(@Bind("ids") Collection<Long> sessionIds);
}

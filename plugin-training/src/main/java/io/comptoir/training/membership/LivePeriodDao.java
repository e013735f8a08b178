package io.comptoir.training.membership;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(LivePeriodDao.PeriodRow.class)
interface LivePeriodDao {

    record PeriodRow(long merchantId, Instant liveFrom, Instant liveUntil) {
    }

    @SqlQuery("SELECT last_event_id FROM training_live_cursor WHERE merchant_id = :merchantId FOR UPDATE")
    Optional<Long> lockCursor(@Bind("merchantId") long merchantId);

    @SqlUpdate("UPDATE training_live_cursor SET last_event_id = :eventId WHERE merchant_id = :merchantId")
    int moveCursor(@Bind("merchantId") long merchantId, @Bind("eventId") long eventId);

    @SqlUpdate("INSERT INTO training_live_cursor (merchant_id, last_event_id) VALUES (:merchantId, :eventId)")
    void insertCursor(@Bind("merchantId") long merchantId, @Bind("eventId") long eventId);

    @SqlQuery("SELECT COUNT(*) FROM training_live_period WHERE merchant_id = :merchantId AND live_until IS NULL")
    int openPeriods(@Bind("merchantId") long merchantId);

    @SqlUpdate("INSERT INTO training_live_period (merchant_id, live_from) VALUES (:merchantId, :from)")
    void open(@Bind("merchantId") long merchantId, @Bind("from") Instant from);

    @SqlUpdate("UPDATE training_live_period SET live_until = :until WHERE merchant_id = :merchantId AND live_until IS NULL")
    void close(@Bind("merchantId") long merchantId, @Bind("until") Instant until);

    @SqlQuery("SELECT merchant_id, live_from, live_until FROM training_live_period WHERE merchant_id = :merchantId ORDER BY live_from")
    List<PeriodRow> ofMerchant(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT merchant_id, live_from, live_until FROM training_live_period ORDER BY merchant_id, live_from")
    List<PeriodRow> all();
}

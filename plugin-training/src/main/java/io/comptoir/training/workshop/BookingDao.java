package io.comptoir.training.workshop;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(BookingRow.class)
interface BookingDao {
    String COLUMNS = "id, session_id, merchant_id, account_id, seq, state, requested_at, confirmed_at, cancelled_at, reminder_sent_at, attendance";

    @SqlUpdate("""
            INSERT INTO training_booking (session_id, merchant_id, account_id, active_account_id, seq, state, requested_at,
                                          confirmed_at, reminder_sent_at)
            VALUES (:sessionId, :merchantId, :accountId, :accountId, :seq, :state, :now, :confirmedAt, :reminderSentAt)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("sessionId") long sessionId, @Bind("merchantId") long merchantId, @Bind("accountId") long accountId,
                @Bind("seq") int seq, @Bind("state") String state, @Bind("now") Instant now,
                @Bind("confirmedAt") Instant confirmedAt, @Bind("reminderSentAt") Instant reminderSentAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_booking WHERE id = :id")
    Optional<BookingRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_booking WHERE session_id = :sessionId AND account_id = :accountId AND state <> 'CANCELLED'")
    Optional<BookingRow> liveBookingOf(@Bind("sessionId") long sessionId, @Bind("accountId") long accountId);

    @SqlQuery("SELECT COUNT(*) FROM training_booking WHERE session_id = :sessionId AND state = 'BOOKED'")
    int booked(@Bind("sessionId") long sessionId);

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM training_booking WHERE session_id = :sessionId")
    int nextSeq(@Bind("sessionId") long sessionId);

    @SqlQuery("SELECT COUNT(*) FROM training_booking WHERE session_id = :sessionId AND state = 'WAITING' AND seq <= :seq")
    int waitingRank(@Bind("sessionId") long sessionId, @Bind("seq") int seq);

    @SqlUpdate("""
            UPDATE training_booking SET state = 'CANCELLED', active_account_id = NULL, cancelled_at = :now
            WHERE id = :id AND state <> 'CANCELLED'""")
    int cancel(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_booking WHERE session_id = :sessionId AND state = 'WAITING' ORDER BY seq LIMIT 1")
    Optional<BookingRow> firstWaiting(@Bind("sessionId") long sessionId);

    @SqlUpdate("UPDATE training_booking SET state = 'BOOKED', confirmed_at = :now, reminder_sent_at = :reminderSentAt WHERE id = :id AND state = 'WAITING'")
    int promote(@Bind("id") long id, @Bind("now") Instant now, @Bind("reminderSentAt") Instant reminderSentAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_booking WHERE session_id = :sessionId ORDER BY seq")
    List<BookingRow> ofSession(@Bind("sessionId") long sessionId);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_booking WHERE merchant_id = :merchantId ORDER BY requested_at DESC, id DESC")
    List<BookingRow> ofMerchant(@Bind("merchantId") long merchantId);

    @SqlQuery("""
            SELECT b.id, b.session_id, b.merchant_id, b.account_id, b.seq, b.state, b.requested_at, b.confirmed_at,
                   b.cancelled_at, b.reminder_sent_at, b.attendance
            FROM training_booking b JOIN training_session s ON s.id = b.session_id
            WHERE b.state = 'BOOKED' AND b.reminder_sent_at IS NULL AND s.status = 'SCHEDULED'
              AND s.starts_at > :now AND s.starts_at <= :horizon
            ORDER BY s.starts_at, b.seq""")
    List<BookingRow> remindersDue(@Bind("now") Instant now, @Bind("horizon") Instant horizon);

    /** Takes the right to send a booking's reminder; 1 for the one caller that gets it. */
    @SqlUpdate("UPDATE training_booking SET reminder_sent_at = :now WHERE id = :id AND reminder_sent_at IS NULL")
    int claimReminder(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("UPDATE training_booking SET reminder_sent_at = NULL WHERE id = :id AND reminder_sent_at = :claimedAt")
    void releaseReminder(@Bind("id") long id, @Bind("claimedAt") Instant claimedAt);

    @SqlUpdate("UPDATE training_booking SET reminder_sent_at = NULL WHERE session_id = :sessionId AND state = 'BOOKED'")
    void resetReminders(@Bind("sessionId") long sessionId);

    @SqlUpdate("""
            UPDATE training_booking SET attendance = :attendance, attendance_marked_by = :by, attendance_marked_at = :now
            WHERE id = :id AND state = 'BOOKED'""")
    int markAttendance(@Bind("id") long id, @Bind("attendance") String attendance, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT COUNT(*) FROM training_booking b JOIN training_session s ON s.id = b.session_id
            WHERE b.merchant_id = :merchantId AND b.state <> 'CANCELLED' AND s.status = 'SCHEDULED' AND s.starts_at > :now""")
    int upcomingOf(@Bind("merchantId") long merchantId, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM training_booking WHERE merchant_id = :merchantId AND attendance = 'PRESENT'")
    int attendedBy(@Bind("merchantId") long merchantId);
}

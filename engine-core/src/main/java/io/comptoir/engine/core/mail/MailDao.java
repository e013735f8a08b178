package io.comptoir.engine.core.mail;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mail outbox. A relaying node changes a row only while its claim holds ({@code claimed_by} is the node and the
 * claim was taken with a guarded update), so two nodes never send the same message, and a node whose claim ran out
 * (it stalled, another node took the row over) records nothing over the other's outcome.
 */
@RegisterConstructorMapper(MailRow.class)
public interface MailDao {
    String COLUMNS = "id, recipient, subject, body, html_body, kind, created_at, status, attempts, last_error, delivered_at";
    String INSERT = """
            INSERT INTO mail_outbox (recipient, subject, body, html_body, kind, created_at, status, attempts, next_attempt_at)
            VALUES (:recipient, :subject, :body, :html, :kind, :now, :status, 0, :now)""";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods NewMail mail, @Bind("now") Instant now);

    /** Messages to write together, in one round trip; their ids in the same order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods List<NewMail> mails, @Bind("now") Instant now);

    /** A message as the outbox stores it: its recipient trimmed and lower-cased, {@code html} null when there is none. */
    record NewMail(String recipient, String subject, String body, String html, String kind, String status) {
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM mail_outbox WHERE recipient = :recipient ORDER BY id DESC LIMIT :limit")
    List<MailRow> sentTo(@Bind("recipient") String recipient, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM mail_outbox ORDER BY id DESC LIMIT :limit")
    List<MailRow> latest(@Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = :status ORDER BY id DESC LIMIT :limit")
    List<MailRow> latestIn(@Bind("status") String status, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id")
    Optional<MailRow> find(@Bind("id") long id);

    record StatusCount(String status, long count) {
    }

    @SqlQuery("SELECT status, COUNT(*) AS count FROM mail_outbox GROUP BY status")
    @RegisterConstructorMapper(StatusCount.class)
    List<StatusCount> counts();

    /** Messages waiting for an attempt that no node holds (or whose holder's claim ran out), the longest waiting first. */
    @SqlQuery("""
            SELECT id FROM mail_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY next_attempt_at, id LIMIT :limit""")
    List<Long> due(@Bind("now") Instant now, @Bind("limit") int limit);

    /**
     * Claims a due message for one attempt: 1 when this node has it. The condition is evaluated again on the row the
     * update locks, so of several nodes claiming the same row at once exactly one gets 1.
     */
    @SqlUpdate("""
            UPDATE mail_outbox SET claimed_by = :node, claimed_until = :until, attempts = attempts + 1
            WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)""")
    int claim(@Bind("id") long id, @Bind("node") String node, @Bind("now") Instant now, @Bind("until") Instant until);

    @SqlUpdate("""
            UPDATE mail_outbox SET status = 'SENT', delivered_at = :now, last_error = NULL, claimed_by = NULL, claimed_until = NULL
            WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
    int delivered(@Bind("id") long id, @Bind("node") String node, @Bind("now") Instant now);

    /** Records a failed attempt: back in line at {@code retryAt} ({@code PENDING}) or given up ({@code FAILED}). */
    @SqlUpdate("""
            UPDATE mail_outbox SET status = :status, next_attempt_at = :retryAt, last_error = :error, claimed_by = NULL,
                   claimed_until = NULL
            WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
    int attemptFailed(@Bind("id") long id, @Bind("node") String node, @Bind("status") String status,
                      @Bind("retryAt") Instant retryAt, @Bind("error") String error);

    /** A failed message back in line for a new series of attempts. */
    @SqlUpdate("""
            UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, claimed_by = NULL, claimed_until = NULL
            WHERE id = :id AND status = 'FAILED'""")
    int retry(@Bind("id") long id, @Bind("now") Instant now);
}

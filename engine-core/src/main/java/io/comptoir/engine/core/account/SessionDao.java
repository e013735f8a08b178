package io.comptoir.engine.core.account;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterRowMapper(SessionRow.Mapper.class)
public interface SessionDao {

    @SqlUpdate("""
            INSERT INTO session (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at)
            VALUES (:tokenHash, :accountId, :csrfToken, :now, :now, :expiresAt)""")
    void insert(@Bind("tokenHash") String tokenHash, @Bind("accountId") long accountId, @Bind("csrfToken") String csrfToken,
                @Bind("now") Instant now, @Bind("expiresAt") Instant expiresAt);

    /** The session if it is open, unexpired, and its account active. */
    @SqlQuery("""
            SELECT s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at
            FROM session s JOIN account a ON a.id = s.account_id
            WHERE s.token_hash = :tokenHash AND s.closed_at IS NULL AND s.expires_at > :now AND a.active = TRUE""")
    Optional<SessionRow> live(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    /**
     * Slides the expiry of a session still open, of an active account; matches only if nobody did since
     * {@code seenBefore}, so concurrent requests (of any node) write once.
     */
    @SqlUpdate("""
            UPDATE session SET last_seen_at = :now, expires_at = :expiresAt
            WHERE token_hash = :tokenHash AND closed_at IS NULL AND last_seen_at <= :seenBefore
              AND EXISTS (SELECT 1 FROM account a WHERE a.id = session.account_id AND a.active = TRUE)""")
    int touch(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now, @Bind("expiresAt") Instant expiresAt,
              @Bind("seenBefore") Instant seenBefore);

    @SqlUpdate("UPDATE session SET closed_at = :now WHERE token_hash = :tokenHash AND closed_at IS NULL")
    int close(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    @SqlQuery("SELECT account_id FROM session WHERE token_hash = :tokenHash")
    long accountOf(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("UPDATE session SET closed_at = :now WHERE account_id = :accountId AND closed_at IS NULL")
    int closeAll(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM session WHERE expires_at <= :now OR closed_at IS NOT NULL")
    int purge(@Bind("now") Instant now);
}

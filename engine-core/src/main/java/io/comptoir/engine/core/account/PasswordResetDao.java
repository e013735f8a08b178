package io.comptoir.engine.core.account;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface PasswordResetDao {

    @SqlUpdate("""
            INSERT INTO password_reset (token_hash, account_id, created_at, expires_at)
            VALUES (:tokenHash, :accountId, :now, :expiresAt)""")
    void insert(@Bind("tokenHash") String tokenHash, @Bind("accountId") long accountId, @Bind("now") Instant now,
                @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("SELECT COUNT(*) FROM password_reset WHERE account_id = :accountId AND created_at > :since")
    int requestedSince(@Bind("accountId") long accountId, @Bind("since") Instant since);

    /** Spends a token: only one caller can match it while it is unused and unexpired. */
    @SqlUpdate("""
            UPDATE password_reset SET used_at = :now
            WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now""")
    int spend(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    @SqlQuery("SELECT account_id FROM password_reset WHERE token_hash = :tokenHash")
    Optional<Long> accountOf(@Bind("tokenHash") String tokenHash);

    /** Voids the account's other pending links once its password has been set. */
    @SqlUpdate("UPDATE password_reset SET used_at = :now WHERE account_id = :accountId AND used_at IS NULL")
    int spendAll(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM password_reset WHERE expires_at <= :before")
    int purge(@Bind("before") Instant before);
}

package io.comptoir.engine.core.account;

import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A live {@code session} row (its token is known only to the browser). */
public record SessionRow(long accountId, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {

    /** Reads a row by column name, without the reflection JDBI's constructor mapper does for every statement. */
    public static final class Mapper implements RowMapper<SessionRow> {
        @Override
        public SessionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SessionRow(rs.getLong("account_id"), rs.getString("csrf_token"), Instants.read(rs, "created_at"),
                    Instants.read(rs, "last_seen_at"), Instants.read(rs, "expires_at"));
        }
    }
}

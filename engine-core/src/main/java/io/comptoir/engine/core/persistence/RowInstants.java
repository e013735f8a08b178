package io.comptoir.engine.core.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an {@link Instant}, as {@link JdbiFactory}'s column mapper does. */
public final class RowInstants {
    private RowInstants() {
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

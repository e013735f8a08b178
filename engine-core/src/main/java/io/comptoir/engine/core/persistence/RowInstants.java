package io.comptoir.engine.core.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an {@link Instant}, for {@link JdbiFactory}'s column mapper and the hand-written row mappers. */
public final class RowInstants {
    private RowInstants() {
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    public static Instant read(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}

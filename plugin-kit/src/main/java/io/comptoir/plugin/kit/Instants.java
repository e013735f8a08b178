package io.comptoir.plugin.kit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads a {@code TIMESTAMP WITH TIME ZONE} column as an {@link Instant}, through {@link OffsetDateTime} so that the
 * JVM's time zone never shifts a stored time: for {@link Jdbis}'s column mapper and hand-written row mappers.
 */
public final class Instants {
    private Instants() {
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

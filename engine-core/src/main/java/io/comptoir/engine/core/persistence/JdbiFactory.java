package io.comptoir.engine.core.persistence;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The engine's JDBI: SqlObject, and instants stored as {@code TIMESTAMP WITH TIME ZONE} through
 * {@link OffsetDateTime} in UTC, so that the JVM's default time zone never shifts a stored time, and truncated to the
 * microsecond ({@link #databaseTime}).
 */
public final class JdbiFactory {
    private JdbiFactory() {
    }

    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, instantMapper());
        return jdbi;
    }

    /**
     * An instant as both databases store it: to the microsecond, truncated. The clock gives nanoseconds; PostgreSQL rounds
     * them to microseconds and H2 keeps microseconds, so the same instant was stored one way and compared another: a guarded
     * update such as {@code WHERE claimed_at = :claimedAt} never matched on H2. Bound values are truncated here, before
     * either database sees them, so what is written and what is compared are the same value everywhere.
     */
    public static OffsetDateTime databaseTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static ColumnMapper<Instant> instantMapper() {
        return (resultSet, column, context) -> RowInstants.read(resultSet, column);
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, databaseTime(value));
        }
    }
}

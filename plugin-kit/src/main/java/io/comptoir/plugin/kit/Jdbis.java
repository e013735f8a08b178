package io.comptoir.plugin.kit;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one JDBI set-up of the engine and its plugins: SqlObject (each method prepared when first called, see
 * {@link LazySqlObjects}), lists of {@code Long} or {@code String} bound as one SQL array ({@code = ANY(:ids)}, see
 * {@link CollectionArrays}), and instants stored as {@code TIMESTAMP WITH TIME ZONE} in UTC, truncated to the microsecond
 * ({@link #databaseTime}), and read back by {@link Instants}, so that the JVM's time zone never shifts a stored time.
 */
public final class Jdbis {
    private Jdbis() {
    }

    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        LazySqlObjects.install(jdbi);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> Instants.read(resultSet, column));
        // A list is bound as one array ("id = ANY(:ids)"), not expanded into a parameter per element: the statement's text is
        // then the same whatever the list's length, so JDBI parses it once and PostgreSQL prepares it once. Expanded lists
        // gave a new text for each length met, and parsing them took a twentieth of the app's CPU in bench/checkout.sh.
        CollectionArrays.install(jdbi);
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

package io.comptoir.plugin.kit;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The one JDBI set-up of the engine and its plugins: SqlObject, and instants stored as {@code TIMESTAMP WITH TIME ZONE}
 * in UTC and read back by {@link Instants}, so that the JVM's time zone never shifts a stored time.
 */
public final class Jdbis {
    private Jdbis() {
    }

    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> Instants.read(resultSet, column));
        return jdbi;
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
        }
    }
}

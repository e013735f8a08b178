package io.comptoir.engine.core.persistence;

import io.comptoir.plugin.kit.Dialect;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

import static java.util.Objects.requireNonNull;

/**
 * Applies Flyway migrations: the engine's own first, then each plugin's, every one with its own history table
 * (as Spring Modulith does) so that a plugin added later migrates on a database that already has the engine's schema.
 */
public final class Migrations {
    public static final String ENGINE_LOCATION = "classpath:io/comptoir/engine/core/db/migration";
    public static final String ENGINE_HISTORY_TABLE = "flyway_history_engine";

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private final DataSource dataSource;
    private final Dialect dialect;

    public Migrations(DataSource dataSource, Dialect dialect) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
    }

    public void migrateEngine() {
        migrate("engine", ENGINE_LOCATION, ENGINE_HISTORY_TABLE);
    }

    /** Migrates a plugin's location into {@code flyway_history_<pluginId>}. */
    public void migratePlugin(String pluginId, String location) {
        migrate(pluginId, location, "flyway_history_" + pluginId);
    }

    private void migrate(String owner, String location, String historyTable) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(location.replace("{vendor}", dialect.vendor()))
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Applied {} migration(s) of {} (schema version {})", result.migrationsExecuted, owner, result.targetSchemaVersion);
        }
    }
}

package io.comptoir.engine.core.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

import static java.util.Objects.requireNonNull;

/**
 * Applies Flyway migrations: the engine's own first, then each plugin's, every one with its own history table
 * (as Spring Modulith does) so that a plugin added later migrates on a database that already has the engine's schema.
 *
 * <p>A plugin's scripts are read through the plugin's own class loader, so a plugin loaded from a jar of its own (an
 * application that discovers plugins with a class loader of its own) ships its migrations with it. Versions start at
 * 1: the history starts with a baseline at version 0, and Flyway would pass over a {@code V0__} script without a word,
 * so the engine refuses one.
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
        migrate("engine", ENGINE_LOCATION, ENGINE_HISTORY_TABLE, getClass().getClassLoader());
    }

    /** Migrates a plugin's location, found through the plugin's class loader, into {@code flyway_history_<pluginId>}. */
    public void migratePlugin(String pluginId, String location, ClassLoader pluginClassLoader) {
        requireNonNull(pluginClassLoader, "pluginClassLoader is null");
        migrate(pluginId, location, "flyway_history_" + pluginId, pluginClassLoader);
    }

    private void migrate(String owner, String location, String historyTable, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location.replace("{vendor}", dialect.vendor()))
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load();
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion() != null && migration.getVersion().compareTo(MigrationVersion.fromVersion("1")) < 0
                    && migration.getScript() != null && !migration.getType().isBaseline()) {
                throw new IllegalStateException("migration " + migration.getScript() + " of " + owner + " has version "
                        + migration.getVersion() + ", which the baseline (version 0) would skip: number versions from 1 (V1__…)");
            }
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Applied {} migration(s) of {} (schema version {})", result.migrationsExecuted, owner, result.targetSchemaVersion);
        }
    }
}

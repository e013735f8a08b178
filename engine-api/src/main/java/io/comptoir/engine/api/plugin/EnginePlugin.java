package io.comptoir.engine.api.plugin;

import java.util.Locale;
import java.util.Optional;

/**
 * The entry point of a plugin, found by {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/io.comptoir.engine.api.plugin.EnginePlugin}) or handed to the engine's builder.
 *
 * <p>Every method has a default, so a plugin implements only what it contributes and new extension points never
 * break existing plugins. At start-up the engine, for each plugin in turn:
 * <ol>
 *   <li>applies the plugin's Flyway migrations from {@link #migrationLocation()}, recorded in the plugin's own history
 *       table {@code flyway_history_<id>}, so a plugin can be added to a database that already holds the engine's
 *       schema, and owns its tables;</li>
 *   <li>calls {@link #initialize(PluginContext)}, where the plugin builds its services (with Guice if it likes: the
 *       injector stays the plugin's own) and registers them and its SPI implementations with the context.</li>
 * </ol>
 * {@link #close()} is called when the engine closes, in reverse order.
 */
public interface EnginePlugin {

    /**
     * Stable identifier, lower case letters, digits and underscores: names the migration history table and the
     * plugin's configuration keys. Defaults to the class's simple name without a {@code Plugin} suffix.
     */
    default String id() {
        String name = getClass().getSimpleName().replaceAll("Plugin$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * Where the plugin's Flyway migrations are, e.g. {@code classpath:io/comptoir/vouchers/db/migration}; empty when
     * the plugin keeps no tables. A location may contain {@code {vendor}}, replaced by {@code h2} or {@code postgresql},
     * for a plugin that needs a dialect of its own.
     */
    default Optional<String> migrationLocation() {
        return Optional.empty();
    }

    /** Builds the plugin's services and registers them, after its migrations ran. */
    default void initialize(PluginContext context) {
    }

    /** Releases what {@link #initialize} acquired (threads, files). */
    default void close() {
    }
}

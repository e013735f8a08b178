package io.comptoir.engine.api.plugin;


import io.comptoir.engine.api.event.EventType;
import java.util.List;
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
     * The versions of the engine API ({@link io.comptoir.engine.api.EngineApi}) this plugin works with, as a range such as
     * {@code [1.0,2.0)}. Declare the version compiled against, which the compiler copies into the plugin:
     * <pre>{@code
     * public Optional<String> engineApiVersions() {
     *     return Optional.of(EngineApi.compatibleWith(EngineApi.VERSION));   // [1.0,2.0) when built against 1.0
     * }
     * }</pre>
     * The engine refuses to start with a plugin whose range excludes its API version, naming both. Empty (the default)
     * means undeclared: the plugin is started, with a warning.
     */
    default Optional<String> engineApiVersions() {
        return Optional.empty();
    }

    /**
     * Where the plugin's Flyway migrations are, e.g. {@code classpath:io/comptoir/vouchers/db/migration}; empty when
     * the plugin keeps no tables. The scripts are read through the plugin's own class loader. A location may contain
     * {@code {vendor}}, replaced by {@code h2} or {@code postgresql}, for a plugin that needs a dialect of its own.
     *
     * <p>Versions start at 1 ({@code V1__loyalty.sql}): the history table starts with a baseline at version 0, so the
     * engine refuses a {@code V0__} script rather than let Flyway skip it. Write SQL that both databases accept: H2 runs in
     * PostgreSQL mode with {@code DATABASE_TO_LOWER=TRUE}, so unquoted identifiers are lower case on both (write
     * {@code loyalty_card}, never {@code "LoyaltyCard"}); H2 lacks {@code INSERT … RETURNING}, {@code ON CONFLICT … DO
     * UPDATE}, {@code ->>} and text search, and spells time zones {@code TIMESTAMP WITH TIME ZONE}.
     */
    default Optional<String> migrationLocation() {
        return Optional.empty();
    }

    /**
     * The events this plugin publishes, for the catalogue every plugin and operator can read
     * ({@link io.comptoir.engine.api.event.EventCatalogue}). Publish them with {@link EventType#event}, which checks the
     * data against the declaration. Names must not clash with the engine's or another plugin's.
     */
    default List<EventType> publishedEvents() {
        return List.of();
    }

    /** Builds the plugin's services and registers them, after its migrations ran. */
    default void initialize(PluginContext context) {
    }

    /** Releases what {@link #initialize} acquired (threads, files). */
    default void close() {
    }
}

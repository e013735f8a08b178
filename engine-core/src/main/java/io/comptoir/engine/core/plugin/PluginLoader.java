package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.EngineApi;
import io.comptoir.engine.api.plugin.EnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** Finds plugins with {@link ServiceLoader} and checks their ids and the engine API versions they support. */
public final class PluginLoader {
    private static final Logger log = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    /** Every plugin on the class path, in id order so that start-up is the same on every node. */
    public static List<EnginePlugin> discover(ClassLoader classLoader) {
        List<EnginePlugin> plugins = new ArrayList<>();
        ServiceLoader.load(EnginePlugin.class, classLoader).forEach(plugins::add);
        plugins.sort(Comparator.comparing(EnginePlugin::id));
        return plugins;
    }

    /**
     * Refuses a plugin that declares engine API versions excluding this engine's, naming both; warns about a plugin that
     * declares none.
     */
    public static void checkCompatibility(List<EnginePlugin> plugins) {
        for (EnginePlugin plugin : plugins) {
            Optional<String> range = plugin.engineApiVersions();
            String name = "plugin " + plugin.id() + " (" + plugin.getClass().getName() + ")";
            if (range.isEmpty()) {
                log.warn("{} does not declare the engine API versions it supports (EnginePlugin.engineApiVersions); "
                        + "this engine provides {}", name, EngineApi.VERSION);
                continue;
            }
            boolean compatible;
            try {
                compatible = EngineApi.satisfies(range.get(), EngineApi.VERSION);
            }
            catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + " declares engine API versions '" + range.get()
                        + "', which is not a version range such as [1.0,2.0)", e);
            }
            if (!compatible) {
                throw new IllegalStateException(name + " supports engine API " + range.get() + ", but this engine provides "
                        + EngineApi.VERSION + ": use a version of the plugin made for engine API " + EngineApi.VERSION);
            }
        }
    }

    public static void checkIds(List<EnginePlugin> plugins) {
        Set<String> ids = new HashSet<>();
        for (EnginePlugin plugin : plugins) {
            String id = plugin.id();
            if (id == null || !id.matches("[a-z][a-z0-9_]{0,39}")) {
                throw new IllegalStateException("plugin " + plugin.getClass().getName() + " has an invalid id '" + id
                        + "' (lower case letters, digits, underscores; up to 40)");
            }
            if (id.equals("engine")) {
                throw new IllegalStateException("plugin id 'engine' is reserved");
            }
            if (!ids.add(id)) {
                throw new IllegalStateException("two plugins have the id " + id);
            }
        }
    }
}

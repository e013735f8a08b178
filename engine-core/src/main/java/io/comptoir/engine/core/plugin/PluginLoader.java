package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.plugin.EnginePlugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** Finds plugins with {@link ServiceLoader} and checks their ids. */
public final class PluginLoader {
    private PluginLoader() {
    }

    /** Every plugin on the class path, in id order so that start-up is the same on every node. */
    public static List<EnginePlugin> discover(ClassLoader classLoader) {
        List<EnginePlugin> plugins = new ArrayList<>();
        ServiceLoader.load(EnginePlugin.class, classLoader).forEach(plugins::add);
        plugins.sort(Comparator.comparing(EnginePlugin::id));
        return plugins;
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

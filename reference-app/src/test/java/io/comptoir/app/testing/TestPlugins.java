package io.comptoir.app.testing;

import io.comptoir.engine.api.plugin.EnginePlugin;

import java.util.ServiceLoader;

/**
 * The plugins on the class path, as the reference marketplace finds them: for tests of the whole application (every
 * feature), without naming a plugin's class outside its feature's package.
 */
public final class TestPlugins {
    private TestPlugins() {
    }

    public static EnginePlugin[] all() {
        return ServiceLoader.load(EnginePlugin.class).stream().map(ServiceLoader.Provider::get).toArray(EnginePlugin[]::new);
    }

    /** Those of the plugins with these ids (e.g. {@code vouchers}). */
    public static EnginePlugin[] withIds(String... ids) {
        java.util.List<String> wanted = java.util.List.of(ids);
        EnginePlugin[] found = java.util.Arrays.stream(all()).filter(plugin -> wanted.contains(plugin.id())).toArray(EnginePlugin[]::new);
        if (found.length != ids.length) {
            throw new IllegalStateException("not every plugin of " + wanted + " is on the class path");
        }
        return found;
    }
}

package io.comptoir.app.testing;

import io.comptoir.engine.api.plugin.EnginePlugin;

import java.util.Arrays;
import java.util.List;
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

    /** The plugins on the class path but those with these ids (e.g. {@code training}, whose activation policy holds shops back). */
    public static EnginePlugin[] allBut(String... ids) {
        List<String> leftOut = List.of(ids);
        return Arrays.stream(all()).filter(plugin -> !leftOut.contains(plugin.id())).toArray(EnginePlugin[]::new);
    }
}

package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plugin shipped as its own jar and loaded through a class loader of its own (as an application that loads plugins
 * from a folder does): its classes and its migrations are visible to that loader only.
 */
final class IsolatedClassLoaderTest {
    private static final String SOURCE = """
            package com.example.isolated;

            import io.comptoir.engine.api.plugin.EnginePlugin;
            import java.util.Optional;

            public final class IsolatedPlugin implements EnginePlugin {
                @Override
                public String id() {
                    return "isolated";
                }

                @Override
                public Optional<String> migrationLocation() {
                    return Optional.of("classpath:com/example/isolated/db");
                }
            }
            """;

    @TempDir
    Path pluginJar;

    private ClassLoader compiledPlugin() throws Exception {
        return compiledPlugin("V1__isolated_note.sql");
    }

    private ClassLoader compiledPlugin(String migration) throws Exception {
        Path source = pluginJar.resolve("src/com/example/isolated/IsolatedPlugin.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        Path classes = Files.createDirectories(pluginJar.resolve("classes"));
        String engineApi = Path.of(EnginePlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "17", "-classpath", engineApi, "-d", classes.toString(), source.toString());
        assertThat(status).as("the plugin compiles").isZero();
        Path migrations = Files.createDirectories(classes.resolve("com/example/isolated/db"));
        Files.writeString(migrations.resolve(migration), "CREATE TABLE isolated_note (id BIGINT PRIMARY KEY, note VARCHAR(100) NOT NULL);\n");
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve(EnginePlugin.class.getName()), "com.example.isolated.IsolatedPlugin\n");
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, IsolatedClassLoaderTest.class.getClassLoader());
    }

    @EachDatabase
    void aPluginLoadedThroughItsOwnClassLoaderRunsTheMigrationsItShips(TestDatabase db) throws Exception {
        ClassLoader loader = compiledPlugin();
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .discoverPlugins(loader).build()) {
            assertThat(engine.plugins()).extracting(EnginePlugin::id).contains("isolated");
            assertThat(engine.plugins()).filteredOn(plugin -> plugin.id().equals("isolated")).singleElement()
                    .satisfies(plugin -> assertThat(plugin.getClass().getClassLoader()).isSameAs(loader));
            Jdbi jdbi = Jdbi.create(db.dataSource());
            jdbi.useHandle(handle -> handle.execute("INSERT INTO isolated_note (id, note) VALUES (1, 'hello')"));
            java.util.List<String> versions = jdbi.withHandle(handle -> handle.select("SELECT version FROM flyway_history_isolated WHERE success")
                    .mapTo(String.class).list());
            assertThat(versions).contains("1");
        }
    }

    @EachDatabase
    void aMigrationNumberedZeroIsRefusedRatherThanSilentlySkipped(TestDatabase db) throws Exception {
        ClassLoader loader = compiledPlugin("V0__isolated_note.sql");
        assertThatThrownBy(() -> Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .backgroundWork(false).discoverPlugins(loader).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V0__isolated_note.sql").hasMessageContaining("number versions from 1");
    }
}

package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A plugin reads its calendar rules in the marketplace's zone, which the embedder sets (Europe/Paris when it does not). */
final class PluginZoneTest {

    @Test
    void aPluginGetsTheZoneTheEmbedderGaveTheEngineOrEuropeParis() {
        AtomicReference<ZoneId> seen = new AtomicReference<>();
        EnginePlugin plugin = new EnginePlugin() {
            @Override
            public String id() {
                return "calendar";
            }

            @Override
            public void initialize(PluginContext context) {
                seen.set(context.zone());
            }
        };
        try (TestDatabase db = TestDatabase.h2()) {
            try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                    .plugin(plugin).build()) {
                assertThat(seen.get()).isEqualTo(ZoneId.of("Europe/Paris"));
                assertThat(engine.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
            }
            try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                    .zone(ZoneId.of("America/Guadeloupe")).plugin(plugin).build()) {
                assertThat(seen.get()).isEqualTo(ZoneId.of("America/Guadeloupe"));
                assertThat(engine.zone()).isEqualTo(ZoneId.of("America/Guadeloupe"));
            }
        }
    }
}

package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.EngineApi;
import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.event.EventField;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.FieldType;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plugin declares the engine API versions it works with, and the events it publishes; the engine checks both. */
final class PluginCompatibilityTest {

    private static EnginePlugin plugin(String id, Optional<String> versions, List<EventType> events) {
        return new EnginePlugin() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<String> engineApiVersions() {
                return versions;
            }

            @Override
            public List<EventType> publishedEvents() {
                return events;
            }
        };
    }

    private static Engine start(TestDatabase db, EnginePlugin... plugins) {
        return Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .plugins(List.of(plugins)).build();
    }

    @EachDatabase
    void aPluginMadeForAnotherMajorIsRefusedBeforeAnythingIsTouched(TestDatabase db) {
        EnginePlugin future = plugin("future", Optional.of("[2.0,3.0)"), List.of());
        assertThatThrownBy(() -> start(db, future))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plugin future (")
                .hasMessageContaining("supports engine API [2.0,3.0), but this engine provides " + EngineApi.VERSION);
        assertThatThrownBy(() -> Jdbi.create(db.dataSource()).withHandle(handle -> handle.select("SELECT COUNT(*) FROM flyway_history_engine")
                .mapTo(Integer.class).one())).as("no migration ran").hasMessageContaining("flyway_history_engine");
    }

    @EachDatabase
    void aPluginDeclaringTheVersionItWasBuiltAgainstStarts(TestDatabase db) {
        try (Engine engine = start(db, plugin("current", Optional.of(EngineApi.compatibleWith(EngineApi.VERSION)), List.of()),
                plugin("undeclared", Optional.empty(), List.of()))) {
            assertThat(engine.plugins()).extracting(EnginePlugin::id).containsExactly("current", "undeclared");
        }
    }

    @EachDatabase
    void aRangeThatIsNotOneIsRefusedByName(TestDatabase db) {
        assertThatThrownBy(() -> start(db, plugin("sloppy", Optional.of("1.x"), List.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plugin sloppy").hasMessageContaining("'1.x'");
    }

    @EachDatabase
    void pluginEventsJoinTheCatalogueAndMayNotTakeAnotherOwnersName(TestDatabase db) {
        EventType earned = EventType.of("loyalty.points_earned", "loyalty_card", "points were credited",
                EventField.required("points", FieldType.INTEGER, "points"));
        try (Engine engine = start(db, plugin("loyal", Optional.empty(), List.of(earned)))) {
            assertThat(engine.eventCatalogue().find("loyalty.points_earned")).contains(earned);
            assertThat(engine.eventCatalogue().find("merchant_order.collected")).contains(EngineEvents.MerchantOrders.COLLECTED);
            assertThat(engine.eventCatalogue().all()).hasSize(EngineEvents.all().size() + 1);
        }
        assertThatThrownBy(() -> start(db, plugin("thief", Optional.empty(), List.of(EngineEvents.MerchantOrders.COLLECTED))))
                .hasMessage("plugin thief declares event merchant_order.collected, which the engine already declares");
        assertThatThrownBy(() -> start(db, plugin("loyal", Optional.empty(), List.of(earned)), plugin("copycat", Optional.empty(), List.of(earned))))
                .hasMessage("plugin copycat declares event loyalty.points_earned, which plugin loyal already declares");
    }
}

package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.plugin.loyalty.LoyaltyCards;
import io.comptoir.engine.core.plugin.loyalty.LoyaltyPlugin;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class PluginMechanismTest {

    private static Engine engine(TestDatabase db, boolean discover) {
        var builder = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false);
        if (discover) {
            builder.discoverPlugins(PluginMechanismTest.class.getClassLoader());
        }
        return builder.build();
    }

    @EachDatabase
    void aPluginOnTheClassPathIsDiscoveredMigratedInItsOwnHistoryAndServesItsService(TestDatabase db) {
        try (Engine engine = engine(db, true)) {
            assertThat(engine.plugins()).extracting(EnginePlugin::id).containsExactly("loyalty");
            LoyaltyCards cards = engine.service(LoyaltyCards.class);
            cards.stamp(7, "camille@example.org");
            cards.stamp(7, "camille@example.org");
            assertThat(cards.stamps(7, "camille@example.org")).isEqualTo(2);

            Jdbi jdbi = Jdbi.create(db.dataSource());
            assertThat(jdbi.withHandle(h -> h.select("SELECT COUNT(*) FROM flyway_history_loyalty WHERE success AND version = '1'").mapTo(Integer.class).one()).intValue()).isEqualTo(1);
            assertThat(jdbi.withHandle(h -> h.select("SELECT COUNT(*) FROM flyway_history_engine WHERE script LIKE '%loyalty%'").mapTo(Integer.class).one()).intValue()).isZero();
        }
    }

    @EachDatabase
    void aPluginAddedToAnExistingDatabaseMigratesWithoutTouchingTheEngineSchema(TestDatabase db) {
        try (Engine engine = engine(db, false)) {
            Fixtures.on(engine).liveMerchant("Chaussures Martin", SAINT_OMER);
        }
        try (Engine engine = engine(db, true)) {
            assertThat(engine.merchants().merchantBySlug("chaussures-martin")).isPresent();
            engine.service(LoyaltyCards.class).stamp(1, "dominique@example.org");
            assertThat(engine.service(LoyaltyCards.class).stamps(1, "dominique@example.org")).isEqualTo(1);
        }
    }

    @EachDatabase
    void aPluginListenerGetsCommittedEventsOnceAndNeverRolledBackOnes(TestDatabase db) throws Exception {
        try (Engine engine = engine(db, true)) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            fixtures.product(shop, "Bottines", 8000, 2);
            try (Connection connection = db.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                engine.events().publish(connection, new PendingEvent("product.phantom", "product", "999", Map.of(), Actor.system("test")));
                connection.rollback();
            }

            assertThat(engine.deliverPendingEvents()).isEqualTo(1);
            assertThat(engine.deliverPendingEvents()).isZero();
            assertThat(engine.service(LoyaltyCards.class).seenEvents()).containsExactly("product.created");
        }
    }

    @EachDatabase
    void aPluginCannotReplaceAServiceOrTakeAnotherPluginsId(TestDatabase db) {
        EnginePlugin thief = new EnginePlugin() {
            @Override
            public String id() {
                return "thief";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerService(LoyaltyCards.class, context.service(LoyaltyCards.class));
            }
        };
        assertThatThrownBy(() -> Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .plugins(List.of(new LoyaltyPlugin(), thief)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already registered");
        assertThatThrownBy(() -> Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .plugins(List.of(new LoyaltyPlugin(), new EnginePlugin() {
                    @Override
                    public String id() {
                        return "loyalty";
                    }
                })).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two plugins have the id");
    }

    @EachDatabase
    void aPluginReadsItsOwnConfigurationKeys(TestDatabase db) {
        java.util.concurrent.atomic.AtomicReference<Optional<String>> seen = new java.util.concurrent.atomic.AtomicReference<>();
        EnginePlugin configured = new EnginePlugin() {
            @Override
            public String id() {
                return "configured";
            }

            @Override
            public void initialize(PluginContext context) {
                seen.set(context.property("greeting"));
            }
        };
        try (Engine ignored = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .plugin(configured).property("configured.greeting", "bonjour").property("greeting", "ignored").build()) {
            assertThat(seen.get()).contains("bonjour");
        }
    }
}

package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.EventField;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.FieldType;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plugin's own writes and its events commit together through {@link PluginContext#inTransaction}, or not at all. */
final class PluginTransactionTest {
    private static final EventType STAMPED = EventType.of("loyalty.stamped", "loyalty_stamp", "a card was stamped",
            EventField.required("merchantId", FieldType.ID, "the shop"));

    private static final class Stamping implements EnginePlugin {
        final AtomicReference<PluginContext> context = new AtomicReference<>();
        final List<DomainEvent> heard = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "stamping";
        }

        @Override
        public Optional<String> migrationLocation() {
            return Optional.of("classpath:io/comptoir/engine/core/plugin/loyalty/db");
        }

        @Override
        public List<EventType> publishedEvents() {
            return List.of(STAMPED);
        }

        @Override
        public void initialize(PluginContext context) {
            this.context.set(context);
            context.registerEventListener("stamping.echo", heard::add);
        }

        long stamp(long merchantId, boolean thenFail) {
            PluginContext plugin = context.get();
            return plugin.inTransaction(transaction -> {
                try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO loyalty_stamp (merchant_id, shopper) VALUES (?, 'camille')")) {
                    insert.setLong(1, merchantId);
                    insert.executeUpdate();
                }
                long event = plugin.events().publish(transaction, STAMPED.event(Long.toString(merchantId),
                        Map.of("merchantId", Long.toString(merchantId)), Actor.system("stamping")));
                if (thenFail) {
                    throw new ConflictException("card_full", "the card is full");
                }
                return event;
            });
        }
    }

    @EachDatabase
    void aPluginsWritesAndEventsCommitTogetherOrNotAtAll(TestDatabase db) {
        Stamping plugin = new Stamping();
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .plugin(plugin).build()) {
            long event = plugin.stamp(12, false);
            assertThatThrownBy(() -> plugin.stamp(13, true)).isInstanceOf(ConflictException.class).hasMessage("the card is full");

            Jdbi jdbi = Jdbi.create(db.dataSource());
            List<Long> stamped = jdbi.withHandle(handle -> handle.select("SELECT merchant_id FROM loyalty_stamp").mapTo(Long.class).list());
            assertThat(stamped).containsExactly(12L);
            engine.deliverPendingEvents();
            assertThat(plugin.heard).filteredOn(heard -> heard.type().equals("loyalty.stamped")).singleElement()
                    .satisfies(heard -> assertThat(heard.id()).isEqualTo(event));
        }
    }

    @EachDatabase
    void aPluginCannotRegisterOnceItsInitializeReturned(TestDatabase db) {
        Stamping plugin = new Stamping();
        try (Engine ignored = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .plugin(plugin).build()) {
            assertThatThrownBy(() -> plugin.context.get().registerEventListener("stamping.late", event -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("after its initialize returned");
        }
    }
}

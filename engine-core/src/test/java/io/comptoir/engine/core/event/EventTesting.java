package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.EngineBuilder;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Engines, plugins and events for the delivery tests. */
final class EventTesting {
    static final String TYPE = "test.happened";

    private EventTesting() {
    }

    /** A plugin that registers one listener per subscription, each from its start. */
    static EnginePlugin listening(String pluginId, Map<String, DomainEventListener> listeners, SubscriptionStart start) {
        return new EnginePlugin() {
            @Override
            public String id() {
                return pluginId;
            }

            @Override
            public void initialize(PluginContext context) {
                listeners.forEach((subscription, listener) -> context.registerEventListener(subscription, start, listener));
            }
        };
    }

    static EnginePlugin listening(String subscription, DomainEventListener listener) {
        return listening("listening", Map.of(subscription, listener), SubscriptionStart.fromNow());
    }

    static EngineBuilder node(TestDatabase db) {
        return Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false);
    }

    /** Publishes events of {@link #TYPE} in one transaction, aggregate ids as given; returns their event ids. */
    static List<Long> publish(Engine engine, TestDatabase db, String... aggregateIds) throws Exception {
        return publishTyped(engine, db, TYPE, aggregateIds);
    }

    static List<Long> publishTyped(Engine engine, TestDatabase db, String type, String... aggregateIds) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (String aggregateId : aggregateIds) {
                ids.add(engine.events().publish(connection, new PendingEvent(type, "test", aggregateId, Map.of(), Actor.system("test"))));
            }
            connection.commit();
        }
        return ids;
    }
}

package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.event.EventCatalogue;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.plugin.EnginePlugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@link EventCatalogue}: the engine's events and those its plugins declare, each name declared once. */
public final class DeclaredEvents implements EventCatalogue {
    private final Map<String, EventType> types;

    private DeclaredEvents(Map<String, EventType> types) {
        this.types = types;
    }

    /** @throws IllegalStateException when a plugin declares a name the engine or another plugin already declares */
    public static DeclaredEvents of(List<EnginePlugin> plugins) {
        Map<String, EventType> types = new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        EngineEvents.all().forEach(type -> {
            types.put(type.name(), type);
            owners.put(type.name(), "the engine");
        });
        for (EnginePlugin plugin : plugins) {
            for (EventType type : plugin.publishedEvents()) {
                String owner = owners.putIfAbsent(type.name(), "plugin " + plugin.id());
                if (owner != null) {
                    throw new IllegalStateException("plugin " + plugin.id() + " declares event " + type.name() + ", which "
                            + owner + " already declares");
                }
                types.put(type.name(), type);
            }
        }
        return new DeclaredEvents(Map.copyOf(types));
    }

    @Override
    public List<EventType> all() {
        return new TreeMap<>(types).values().stream().toList();
    }

    @Override
    public Optional<EventType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }
}

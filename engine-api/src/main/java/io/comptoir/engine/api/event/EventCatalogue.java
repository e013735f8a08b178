package io.comptoir.engine.api.event;

import java.util.List;
import java.util.Optional;

/**
 * Every type of event this engine publishes: the engine's own ({@link EngineEvents}) and those its plugins declare
 * ({@link io.comptoir.engine.api.plugin.EnginePlugin#publishedEvents()}). An engine service.
 */
public interface EventCatalogue {

    /** By name. */
    List<EventType> all();

    Optional<EventType> find(String name);
}

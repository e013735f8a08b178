package io.comptoir.engine.core.plugin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/** Services by type: the engine's, then those plugins register. A type is registered once. */
public final class ServiceRegistry {
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

    public <T> void register(Class<T> type, T service) {
        requireNonNull(type, "type is null");
        requireNonNull(service, "service is null");
        if (!type.isInstance(service)) {
            throw new IllegalArgumentException(service.getClass().getName() + " is not a " + type.getName());
        }
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException("a service " + type.getName() + " is already registered");
        }
    }

    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(services.get(requireNonNull(type, "type is null"))).map(type::cast);
    }
}

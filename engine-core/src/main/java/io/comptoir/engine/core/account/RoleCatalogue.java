package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Role;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongPredicate;

import static java.util.Objects.requireNonNull;

/** The roles accounts can be given: the engine's built-in ones, then those plugins register, by name. */
@Singleton
public final class RoleCatalogue {
    private final List<Role> roles = new CopyOnWriteArrayList<>(Role.builtIn());
    private final Map<String, Role> byName = new ConcurrentHashMap<>();
    private final Map<String, LongPredicate> scopeChecks = new ConcurrentHashMap<>();

    public RoleCatalogue() {
        roles.forEach(role -> byName.put(role.name(), role));
    }

    public void register(Role role) {
        requireNonNull(role, "role is null");
        if (byName.putIfAbsent(role.name(), role) != null) {
            throw new IllegalStateException("a role " + role.name() + " is already registered");
        }
        roles.add(role);
    }

    /** A scoped role, with the check that what a grant names exists. */
    public void register(Role role, LongPredicate scopeExists) {
        requireNonNull(role, "role is null");
        requireNonNull(scopeExists, "scopeExists is null");
        if (!role.scoped()) {
            throw new IllegalArgumentException(role + " is not scoped: it has no scope to check");
        }
        register(role);
        scopeChecks.put(role.name(), scopeExists);
    }

    /** How to know that a plugin role's scope exists, when its plugin said. */
    public Optional<LongPredicate> scopeCheck(Role role) {
        return knows(role) ? Optional.ofNullable(scopeChecks.get(role.name())) : Optional.empty();
    }

    public List<Role> all() {
        return List.copyOf(roles);
    }

    public Optional<Role> byName(String name) {
        return Optional.ofNullable(byName.get(requireNonNull(name, "name is null")));
    }

    public boolean knows(Role role) {
        return role.equals(byName.get(role.name()));
    }
}

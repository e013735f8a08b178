package io.comptoir.engine.api.account;

import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * A role held by an account, with its scope when the role is {@link Role#scoped() scoped}: the merchant id for
 * {@link Role#MERCHANT_STAFF}, the id of what a plugin's scoped role applies to (a point of sale) for the others.
 */
public record RoleGrant(Role role, OptionalLong scope) {
    public RoleGrant {
        requireNonNull(role, "role is null");
        requireNonNull(scope, "scope is null");
        if (role.scoped() != scope.isPresent()) {
            throw new IllegalArgumentException(role + (role.scoped() ? " needs a scope" : " takes no scope"));
        }
        if (scope.isPresent() && scope.getAsLong() <= 0) {
            throw new IllegalArgumentException("scope must be a positive id");
        }
    }

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, OptionalLong.empty());
    }

    public static RoleGrant of(Role role, long scope) {
        return new RoleGrant(role, OptionalLong.of(scope));
    }

    /** The stored form: {@code MERCHANT_STAFF:12} or {@code TERRITORY_ADMIN}. */
    @Override
    public String toString() {
        return scope.isPresent() ? role.name() + ":" + scope.getAsLong() : role.name();
    }
}

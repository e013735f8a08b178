package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.RoleGrant;

import java.util.Optional;

/** An {@code account_role} row; {@code scope} is 0 for a role without scope. */
public record GrantRow(long accountId, String role, long scope) {
    static final long NO_SCOPE = 0;

    /** The grant, when its role is one the engine knows (a removed plugin's role is not). */
    Optional<RoleGrant> toGrant(RoleCatalogue roles) {
        return roles.byName(role).map(known -> known.scoped() ? RoleGrant.of(known, scope) : RoleGrant.of(known));
    }

    static long storedScope(RoleGrant grant) {
        return grant.scope().orElse(NO_SCOPE);
    }
}

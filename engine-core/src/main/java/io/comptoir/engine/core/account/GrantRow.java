package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;

/** An {@code account_role} row; {@code scope} is 0 for a role without scope. */
public record GrantRow(long accountId, String role, long scope) {
    static final long NO_SCOPE = 0;

    RoleGrant toGrant() {
        Role parsed = Role.valueOf(role);
        return parsed.scoped() ? RoleGrant.of(parsed, scope) : RoleGrant.of(parsed);
    }

    static long storedScope(RoleGrant grant) {
        return grant.scope().orElse(NO_SCOPE);
    }
}

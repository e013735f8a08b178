package io.comptoir.app.admin;

import io.comptoir.app.feature.FeatureRole;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * What a territory admin does to accounts, for the pages and the API alike: give and take roles (shop staff for one
 * shop, which must exist; a feature's scoped role for the thing it applies to, which its plugin checks), close and reopen. An admin cannot take their
 * own admin role nor close their own account: the territory would risk locking itself out.
 */
final class RoleChanges {
    private final AccountDirectory accounts;
    private final MerchantDirectory merchants;
    private final RoleChoices roles;

    RoleChanges(AccountDirectory accounts, MerchantDirectory merchants, RoleChoices roles) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.roles = requireNonNull(roles, "roles is null");
    }

    public Account require(AccountId id) {
        return accounts.account(id).orElseThrow(() -> NotFoundException.of("account", id));
    }

    /**
     * The grant of a role with its scope: the shop for {@link Role#MERCHANT_STAFF} (which must exist), what a feature's
     * scoped role applies to (a point of sale) for the others, none for a role without scope.
     *
     * @param scopeField the name of the field that gave the scope, for the error
     */
    public RoleGrant grantOf(Role role, OptionalLong scope, String scopeField) {
        if (!role.scoped()) {
            if (scope.isPresent()) {
                throw InvalidInputException.invalid(scopeField, role + " takes no " + scopeField);
            }
            return RoleGrant.of(role);
        }
        if (scope.isEmpty() || scope.getAsLong() <= 0) {
            throw InvalidInputException.invalid(scopeField, role.equals(Role.MERCHANT_STAFF) ? "choose the shop the account works for"
                    : roles.scopeOf(role).map(FeatureRole.Scope::missing).orElse("give the scope of " + role));
        }
        if (role.equals(Role.MERCHANT_STAFF) && merchants.merchant(new MerchantId(scope.getAsLong())).isEmpty()) {
            throw InvalidInputException.invalid(scopeField, "no shop with id " + scope.getAsLong());
        }
        return RoleGrant.of(role, scope.getAsLong());
    }

    /**
     * Gives the grant; a scope the engine finds names nothing (a point of sale the vouchers plugin does not know) is refused
     * on {@code scopeField}, as {@link #grantOf} refuses an unknown shop.
     */
    public Account grant(Account account, RoleGrant grant, String scopeField, Actor admin) {
        try {
            return accounts.grant(account.id(), grant, admin);
        }
        catch (InvalidInputException e) {
            throw e.field().filter("scope"::equals).isPresent() ? InvalidInputException.invalid(scopeField, e.getMessage()) : e;
        }
    }

    public Account revoke(Account account, RoleGrant grant, Actor admin) {
        if (grant.role().equals(Role.TERRITORY_ADMIN) && isSelf(account, admin)) {
            throw new ConflictException("own_admin_role", "an admin cannot take away their own admin role");
        }
        if (!account.grants().contains(grant)) {
            throw new NotFoundException("role_not_found", "the account does not hold " + grant);
        }
        return accounts.revoke(account.id(), grant, admin);
    }

    public Account setActive(Account account, boolean active, Actor admin) {
        if (!active && isSelf(account, admin)) {
            throw new ConflictException("own_account", "an admin cannot close their own account");
        }
        return accounts.setActive(account.id(), active, admin);
    }

    private static boolean isSelf(Account account, Actor admin) {
        return admin.type().equals(Actor.ACCOUNT) && admin.id().equals(Long.toString(account.id().value()));
    }
}

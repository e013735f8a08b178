package io.comptoir.app.admin;

import io.comptoir.app.feature.FeatureRole;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The roles the territory's back-office gives and takes: the engine's own, and those the running features bring
 * (with the field their scope is asked in), in the order they are shown: shopper, shop staff, the features' roles,
 * territory admin.
 */
final class RoleChoices {
    private final List<Role> roles;
    private final List<FeatureRole> described;

    RoleChoices(AccountDirectory accounts, List<FeatureRole> featureRoles) {
        requireNonNull(accounts, "accounts is null");
        this.described = List.copyOf(requireNonNull(featureRoles, "featureRoles is null"));
        List<Role> known = accounts.roles();
        List<Role> ordered = new ArrayList<>(List.of(Role.SHOPPER, Role.MERCHANT_STAFF));
        described.stream().map(FeatureRole::role).filter(known::contains).forEach(ordered::add);
        ordered.add(Role.TERRITORY_ADMIN);
        this.roles = List.copyOf(ordered);
    }

    /** Every role, in order. */
    List<Role> all() {
        return roles;
    }

    Optional<Role> byName(String name) {
        return roles.stream().filter(role -> role.name().equals(name)).findFirst();
    }

    /** The place of a role in the order roles are shown. */
    int rank(Role role) {
        int index = roles.indexOf(role);
        return index < 0 ? roles.size() : index;
    }

    /** How the scope of a feature's scoped role is asked (the merchant staff's shop is the territory's own select). */
    Optional<FeatureRole.Scope> scopeOf(Role role) {
        return described.stream().filter(each -> each.role().equals(role)).findFirst().flatMap(FeatureRole::scope);
    }

    /** The scoped roles the features bring, with their fields. */
    List<FeatureRole> scopedFeatureRoles() {
        return described.stream().filter(each -> each.scope().isPresent() && roles.contains(each.role())).toList();
    }
}

package io.comptoir.app.feature;

import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.account.Role;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A role a feature brings (its plugin registers it with the engine): the territory's back-office lists it among the
 * roles an account can be given, and asks for its scope in the field described.
 *
 * @param scope for a scoped role, how the back-office asks which thing the grant applies to
 */
public record FeatureRole(Role role, Optional<Scope> scope) {
    public FeatureRole {
        requireNonNull(role, "role is null");
        requireNonNull(scope, "scope is null");
        if (role.scoped() != scope.isPresent()) {
            throw new IllegalArgumentException(role + (role.scoped() ? " needs the field of its scope" : " takes no scope"));
        }
    }

    /**
     * The form field of a scoped role's scope.
     *
     * @param field the form field's name, e.g. {@code pointOfSale}
     * @param labelKey the field's label; {@code hintKey} its hint
     * @param scopedKey the grant in words, with the scope as {@code {0}} (e.g. "Point de vente n° {0}")
     * @param missing what the API says when the scope is missing
     */
    public record Scope(String field, String labelKey, String hintKey, String scopedKey, String missing) {
        public Scope {
            requireNonNull(field, "field is null");
            requireNonNull(labelKey, "labelKey is null");
            requireNonNull(hintKey, "hintKey is null");
            requireNonNull(scopedKey, "scopedKey is null");
            requireNonNull(missing, "missing is null");
        }
    }

    public static FeatureRole unscoped(Role role) {
        return new FeatureRole(role, Optional.empty());
    }

    public static FeatureRole scoped(Role role, Scope scope) {
        return new FeatureRole(role, Optional.of(scope));
    }

    /** Who may call the routes of this role. */
    public AccessRole access() {
        return AccessRole.of(role);
    }
}

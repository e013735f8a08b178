package io.comptoir.app.web;

import io.comptoir.engine.api.account.Role;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Who may call a route (Javalin's route roles): anybody, any signed-in account, or the holders of one of the engine's
 * roles, the plugins' included ({@link #of(Role)}). Every route declares its roles; {@link AccessControl} refuses a route
 * that declares none, so that forgetting them closes a route rather than opening it. Roles scoped to a shop or a point
 * of sale are checked again by the handler against the shop or point of sale in the address.
 */
public record AccessRole(String name) implements io.javalin.security.RouteRole {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** Anybody, signed in or not: the public shop pages and the public API. */
    public static final AccessRole ANYONE = new AccessRole("ANYONE");
    /** Any signed-in account. */
    public static final AccessRole SIGNED_IN = new AccessRole("SIGNED_IN");
    public static final AccessRole SHOPPER = of(Role.SHOPPER);
    public static final AccessRole MERCHANT_STAFF = of(Role.MERCHANT_STAFF);
    public static final AccessRole TERRITORY_ADMIN = of(Role.TERRITORY_ADMIN);

    public AccessRole {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an access role's name is upper case letters, digits and underscores: " + name);
        }
    }

    /** The route role of the holders of an engine role. */
    public static AccessRole of(Role role) {
        return new AccessRole(role.name());
    }

    /** The route roles an account holding these engine roles has (always {@link #ANYONE} and {@link #SIGNED_IN}). */
    public static Set<AccessRole> of(Set<Role> roles) {
        Set<AccessRole> granted = new HashSet<>(Set.of(ANYONE, SIGNED_IN));
        roles.forEach(role -> granted.add(of(role)));
        return granted;
    }

    @Override
    public String toString() {
        return name;
    }
}

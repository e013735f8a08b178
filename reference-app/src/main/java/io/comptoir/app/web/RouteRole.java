package io.comptoir.app.web;

import io.comptoir.engine.api.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call a route (Javalin's route roles). Every route declares its roles; {@link AccessControl} refuses a route
 * that declares none, so that forgetting them closes a route rather than opening it. Roles scoped to a shop or a point of
 * sale are checked again by the handler against the shop or point of sale in the address.
 */
public enum RouteRole implements io.javalin.security.RouteRole {
    /** Anybody, signed in or not: the public shop pages and the public API. */
    ANYONE,
    /** Any signed-in account. */
    SIGNED_IN,
    SHOPPER,
    MERCHANT_STAFF,
    POINT_OF_SALE,
    TRAINER,
    TERRITORY_ADMIN;

    /** The route roles an account holding these engine roles has (always {@link #ANYONE} and {@link #SIGNED_IN}). */
    public static Set<RouteRole> of(Set<Role> roles) {
        Set<RouteRole> granted = EnumSet.of(ANYONE, SIGNED_IN);
        for (Role role : roles) {
            granted.add(RouteRole.valueOf(role.name()));
        }
        return granted;
    }
}

package io.comptoir.app.web;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route declares its roles; {@link AccessControl} refuses a route that declares none,
 * so that forgetting them closes a route rather than opening it.
 */
public enum Role implements RouteRole {
    /** Anybody, signed in or not: the public shop pages and the public API. */
    ANYONE
}

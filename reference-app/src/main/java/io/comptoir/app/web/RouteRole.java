package io.comptoir.app.web;

/**
 * Who may call a route (Javalin's route roles). Every route declares its roles; {@link AccessControl} refuses a route that declares none,
 * so that forgetting them closes a route rather than opening it.
 */
public enum RouteRole implements io.javalin.security.RouteRole {
    /** Anybody, signed in or not: the public shop pages and the public API. */
    ANYONE
}

package io.comptoir.app.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Answers {@code HEAD} as {@code GET} does, without the body (RFC 9110 §9.3.2): same status, type, caching and
 * security headers. Javalin on its own answers a HEAD on a GET route with an empty 200 {@code text/plain} and never
 * runs the handler; so each GET route gets a HEAD twin with the same handler and roles, and Jetty drops the body.
 */
public final class HeadRequests {

    private HeadRequests() {
    }

    /** Call once every route is registered, before the server starts. */
    public static void mirrorGetRoutes(Javalin app) {
        requireNonNull(app, "app is null");
        InternalRouter router = app.unsafe.internalRouter;
        List<ParsedEndpoint> all = List.copyOf(router.allHttpHandlers());
        Set<String> declaredHead = new HashSet<>();
        for (ParsedEndpoint parsed : all) {
            if (parsed.endpoint.method == HandlerType.HEAD) {
                declaredHead.add(parsed.endpoint.path);
            }
        }
        for (ParsedEndpoint parsed : all) {
            Endpoint get = parsed.endpoint;
            if (get.method == HandlerType.GET && !declaredHead.contains(get.path)) {
                Roles roles = get.metadata(Roles.class);
                router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler, roles == null ? Set.of() : Set.of(roles)));
            }
        }
    }
}

package io.comptoir.app.web.backoffice;

import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.web.AccessRole;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The back-office routes Javalin registered, read from its router (so that a new route is tested without being listed). */
final class BackOfficeRoutes {
    static final List<String> PREFIXES = List.of("/espace-commercant", "/admin", "/api/v1/merchant", "/api/v1/admin");

    private BackOfficeRoutes() {
    }

    /** @param roles the route roles it declares */
    record Route(String method, String path, Set<io.javalin.security.RouteRole> roles) {
        boolean isAdmin() {
            return path.startsWith("/admin") || path.startsWith("/api/v1/admin");
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }

        boolean namesShop() {
            return path.contains("{merchantId}") && !isAdmin();
        }

        /** The path with its parameters filled in. */
        String with(long merchantId, long otherIds) {
            return path.replace("{merchantId}", Long.toString(merchantId)).replace("{role}", "SHOPPER")
                    .replaceAll("\\{[A-Za-z]+}", Long.toString(otherIds)).replaceAll("<[A-Za-z]+>", "x");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Route> of(MarketplaceApp app) {
        List<Route> routes = new ArrayList<>();
        for (ParsedEndpoint parsed : app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            String path = parsed.endpoint.path;
            if (parsed.endpoint.method.isHttpMethod() && parsed.endpoint.method != HandlerType.HEAD && PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
                io.javalin.security.Roles roles = parsed.endpoint.metadata(io.javalin.security.Roles.class);
                routes.add(new Route(parsed.endpoint.method.name().toUpperCase(Locale.ROOT), path, roles == null ? Set.of() : roles.getRoles()));
            }
        }
        return routes;
    }

    static boolean declaresOnly(Route route, AccessRole... roles) {
        return route.roles().equals(Set.of(roles));
    }
}

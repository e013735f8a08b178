package io.comptoir.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

import java.util.Set;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Checks, before the matched handler runs, that the caller holds one of the route's roles: 401 for an anonymous caller on
 * a route that needs an account, 403 for an account without the role. Who the caller is comes from {@code grantedRoles}.
 */
public final class AccessControl {

    private final Function<Context, Set<AccessRole>> grantedRoles;

    public AccessControl(Function<Context, Set<AccessRole>> grantedRoles) {
        this.grantedRoles = requireNonNull(grantedRoles, "grantedRoles is null");
    }

    /** The caller is anonymous: only routes open to {@link AccessRole#ANYONE} answer. */
    public static AccessControl anonymousOnly() {
        return new AccessControl(ctx -> Set.of());
    }

    /** The caller's roles are those of the request's {@link io.comptoir.app.web.Viewer}. */
    public static AccessControl ofViewers() {
        return new AccessControl(ctx -> io.comptoir.app.web.Viewer.of(ctx).routeRoles());
    }

    public void check(Context ctx) {
        Set<io.javalin.security.RouteRole> required = ctx.routeRoles();
        if (required.contains(AccessRole.ANYONE)) {
            return;
        }
        Set<AccessRole> granted = grantedRoles.apply(ctx);
        if (!granted.contains(AccessRole.SIGNED_IN) && !required.isEmpty()) {
            throw new UnauthorizedResponse();
        }
        if (granted.stream().noneMatch(required::contains)) {
            throw new ForbiddenResponse();
        }
    }
}

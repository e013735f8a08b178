package io.comptoir.app.ops;

import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.search.ProductSearch;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * {@code /health}: UP once the search index has been rebuilt at start-up, STARTING (503) before, so that a load
 * balancer sends shoppers only to nodes whose search sees the whole catalogue.
 */
public final class HealthRoute {
    private final ProductSearch search;

    public record Health(String status) {
    }

    public HealthRoute(ProductSearch search) {
        this.search = requireNonNull(search, "search is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", this::health, AccessRole.ANYONE);
    }

    private void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (search.isReady()) {
            ctx.json(new Health("UP"));
        }
        else {
            ctx.status(503).json(new Health("STARTING"));
        }
    }
}

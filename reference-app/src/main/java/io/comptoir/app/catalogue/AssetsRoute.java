package io.comptoir.app.catalogue;

import io.comptoir.app.web.AccessRole;
import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.StoredAsset;
import io.comptoir.engine.api.error.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * {@code /assets/{key}}: the pictures of the {@link AssetStore}. A key names one upload forever, so browsers may keep
 * them a year. Uploaded files are shops' content: they are sandboxed so that an SVG opened directly runs nothing.
 */
public final class AssetsRoute {
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final AssetStore assets;

    public AssetsRoute(AssetStore assets) {
        this.assets = requireNonNull(assets, "assets is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/assets/<key>", this::asset, AccessRole.ANYONE);
    }

    private void asset(Context ctx) {
        String key = ctx.pathParam("key");
        StoredAsset asset = assets.get(key).orElseThrow(() -> new NotFoundException("asset_not_found", "no asset with key " + key));
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox");
        ctx.contentType(asset.contentType()).result(asset.content());
    }
}

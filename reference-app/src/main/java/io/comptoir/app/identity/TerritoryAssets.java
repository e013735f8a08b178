package io.comptoir.app.identity;

import io.comptoir.app.territory.Branding.Picture;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.StaticResources;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

import static java.util.Objects.requireNonNull;

/**
 * {@code /territoire/theme.css}, {@code /territoire/logo.svg|png} and the hero picture: the territory's files, read
 * once at start-up. Pages link them with a fingerprint of their content ({@code ?v=}), so browsers keep them a year.
 */
final class TerritoryAssets {
    private final TerritoryFolder territory;
    private final byte[] theme;

    TerritoryAssets(TerritoryFolder territory) {
        this.territory = requireNonNull(territory, "territory is null");
        this.theme = territory.themeCss().getBytes(StandardCharsets.UTF_8);
    }

    void register(RoutesConfig routes) {
        routes.get(TerritoryFolder.THEME, ctx -> send(ctx, "text/css; charset=utf-8", theme), AccessRole.ANYONE);
        Picture logo = territory.branding().logo();
        routes.get(territory.logoPath(), ctx -> send(ctx, logo.mediaType(), logo.bytes()), AccessRole.ANYONE);
        territory.heroPath().ifPresent(path -> {
            Picture hero = territory.branding().hero().orElseThrow();
            routes.get(path, ctx -> send(ctx, hero.mediaType(), hero.bytes()), AccessRole.ANYONE);
        });
    }

    private static void send(Context ctx, String type, byte[] bytes) {
        ctx.header("Cache-Control", StaticResources.CACHE_CONTROL);
        ctx.contentType(type);
        ctx.result(bytes);
    }
}

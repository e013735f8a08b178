package io.comptoir.app.shop;

import io.comptoir.app.Marketplace;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.RouteRole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/** The shopper site's pages, server-rendered in French (or English), usable without JavaScript. */
public final class ShopperSite {
    private final Marketplace marketplace;
    private final PageFactory pages;

    public ShopperSite(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        new HomePage(marketplace, pages).register(routes);
        new SearchPages(marketplace, pages).register(routes);
        new ProductPage(marketplace, pages).register(routes);
        new ShopDirectoryPage(marketplace, pages).register(routes);
        new ShopPage(marketplace, pages).register(routes);
        new CommunePages(marketplace, pages).register(routes);
        routes.get("/robots.txt", ShopperSite::robots, RouteRole.ANYONE);
    }

    private static void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\nDisallow: /api/\nDisallow: /recherche\n");
    }
}

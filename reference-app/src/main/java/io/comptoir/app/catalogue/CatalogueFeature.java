package io.comptoir.app.catalogue;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/**
 * The territory's catalogue: the shopper site's pages (home, search with facets, products, shops, communes), server
 * rendered in French (or English) and usable without JavaScript, its public JSON API and the uploaded pictures.
 */
public final class CatalogueFeature implements WebFeature {

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.menu(10, "nav.products", "/recherche"), SiteLink.menu(20, "nav.shops", "/boutiques"),
                SiteLink.menu(30, "nav.communes", "/communes"), SiteLink.footer(10, "nav.products", "/recherche"),
                SiteLink.footer(20, "nav.shops", "/boutiques"), SiteLink.footer(30, "nav.communes", "/communes"));
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new CatalogueApiSection());
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        Marketplace marketplace = context.marketplace();
        PageFactory pages = context.pages();
        Links links = context.links();
        PictureSources pictures = new PictureSources(marketplace.assets());
        new HomePage(marketplace, pages, pictures, context.content()).register(routes);
        new SearchPages(marketplace, pages, pictures).register(routes);
        new ProductPage(marketplace, pages, pictures).register(routes);
        new ShopDirectoryPage(marketplace, pages, pictures).register(routes);
        new ShopPage(marketplace, pages, pictures).register(routes);
        new CommunePages(marketplace, pages, pictures).register(routes);
        new ProductsApi(marketplace, links).register(routes);
        new SuggestionsApi(marketplace, links).register(routes);
        new MerchantsApi(marketplace, links).register(routes);
        new TerritoryApi(marketplace, links).register(routes);
        new AssetsRoute(marketplace.assets()).register(routes);
        routes.get("/robots.txt", CatalogueFeature::robots, AccessRole.ANYONE);
    }

    private static void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\nDisallow: /api/\nDisallow: /recherche\n");
    }
}

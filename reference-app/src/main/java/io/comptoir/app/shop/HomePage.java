package io.comptoir.app.shop;

import io.comptoir.app.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.Role;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SortOrder;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@code /}: the page the territory advertises. */
public final class HomePage {
    static final int FEATURED = 6;
    static final int NEWEST = 8;

    private final Marketplace marketplace;
    private final PageFactory pages;

    public HomePage(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home, Role.ANYONE);
    }

    private void home(Context ctx) {
        Page page = pages.page(ctx);
        List<Category> all = marketplace.catalogue().categories();
        CategoryTones tones = CategoryTones.of(all);
        List<Commune> communes = marketplace.territory().communes();
        Map<String, Commune> communeIndex = communes.stream().collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
        List<ShopCard> featured = marketplace.merchants().find(MerchantFilter.live().featured().page(0, FEATURED)).stream()
                .map(merchant -> ShopCard.of(merchant, ShopPages.communeName(communeIndex, merchant), tones)).toList();
        List<ProductCard> newest = marketplace.search().search(SearchQuery.all().withSort(SortOrder.NEWEST)
                        .withPage(0, NEWEST).withFacets(false)).items().stream()
                .map(doc -> ProductCard.of(doc, tones)).toList();
        Map<MerchantStatus, Integer> byStatus = marketplace.merchants().countByStatus();
        HomeView.Figures figures = new HomeView.Figures(byStatus.getOrDefault(MerchantStatus.LIVE, 0),
                byStatus.getOrDefault(MerchantStatus.ONBOARDING, 0), marketplace.catalogue().countVisibleProducts(), communes.size());
        List<HomeView.CategoryTile> tiles = all.stream().filter(Category::isRoot)
                .map(root -> new HomeView.CategoryTile(root.name(), Paths.category(root.slug()), tones.of(root.id()))).toList();
        PageFactory.render(ctx, "home.jte", new HomeView(page, tiles, featured, newest, figures));
    }
}

package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /}: the page the territory advertises. Its title, lead, banner and featured shops are what the territory's team
 * set in its back-office, else its folder's.
 */
public final class HomePage {
    static final int NEWEST = 8;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final PictureSources pictures;
    private final TerritoryContent content;

    public HomePage(Marketplace marketplace, PageFactory pages, PictureSources pictures, TerritoryContent content) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
        this.content = requireNonNull(content, "content is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home, AccessRole.ANYONE);
    }

    private void home(Context ctx) {
        Page page = pages.page(ctx);
        List<Category> all = marketplace.catalogue().categories();
        CategoryTones tones = CategoryTones.of(all);
        List<Commune> communes = marketplace.territory().communes();
        Map<String, Commune> communeIndex = communes.stream().collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
        TerritorySettings settings = content.settings();
        List<ShopCard> featured = content.featuredShops(settings).stream()
                .map(merchant -> ShopCard.of(merchant, ShopDirectoryPage.communeName(communeIndex, merchant), tones, pictures)).toList();
        List<ProductCard> newest = marketplace.search().search(SearchQuery.all().withSort(SortOrder.NEWEST)
                        .withPage(0, NEWEST).withFacets(false)).items().stream()
                .map(doc -> ProductCard.of(doc, tones, pictures)).toList();
        Map<MerchantStatus, Integer> byStatus = marketplace.merchants().countByStatus();
        HomeView.Figures figures = new HomeView.Figures(byStatus.getOrDefault(MerchantStatus.LIVE, 0),
                byStatus.getOrDefault(MerchantStatus.ONBOARDING, 0), marketplace.catalogue().countVisibleProducts(), communes.size());
        Map<CategoryId, Long> counts = productsPerRoot(all);
        List<HomeView.CategoryTile> tiles = all.stream().filter(Category::isRoot)
                .map(root -> new HomeView.CategoryTile(root.name(), Paths.category(root.slug()), tones.of(root.id()),
                        counts.getOrDefault(root.id(), 0L))).toList();
        PageFactory.render(ctx, "catalogue/home.jte", new HomeView(page, content.home(settings, page.i18n()), tiles, featured, newest,
                figures));
    }

    /** Visible products per root category, from the search's category facet (one count per product's own category). */
    private Map<CategoryId, Long> productsPerRoot(List<Category> all) {
        Map<CategoryId, Category> byId = all.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        Map<CategoryId, Long> counts = new HashMap<>();
        SearchResult result = marketplace.search().search(SearchQuery.all().withPage(0, 1));
        result.facet(Facet.CATEGORY).ifPresent(facet -> facet.values().forEach(value -> {
            Category category = byId.get(new CategoryId(Long.parseLong(value.value())));
            int depth = 0;
            while (category != null && category.parentId().isPresent() && depth++ < all.size()) {
                category = byId.get(category.parentId().get());
            }
            if (category != null) {
                counts.merge(category.id(), value.count(), Long::sum);
            }
        }));
        return counts;
    }
}

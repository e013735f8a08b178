package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** {@code /communes}: browsing the territory commune by commune. */
public final class CommunePages {
    static final int PRODUCTS_SHOWN = 8;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final PictureSources pictures;

    public CommunePages(Marketplace marketplace, PageFactory pages, PictureSources pictures) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/communes", this::communes, AccessRole.ANYONE);
        routes.get("/communes/{insee}", this::commune, AccessRole.ANYONE);
    }

    private void communes(Context ctx) {
        Page page = pages.page(ctx);
        Map<String, Long> liveShops = TerritoryApi.liveShopsByCommune(marketplace);
        List<Commune> communes = marketplace.territory().communes();
        List<CommunesView.Group> groups = marketplace.territory().intercommunalities().stream()
                .map(body -> group(body, communes, liveShops))
                .filter(group -> !group.communes().isEmpty())
                .toList();
        PageFactory.render(ctx, "catalogue/communes.jte", new CommunesView(page, groups, communes.size()));
    }

    private static CommunesView.Group group(Intercommunality body, List<Commune> communes, Map<String, Long> liveShops) {
        List<CommunesView.Entry> entries = communes.stream()
                .filter(commune -> commune.intercommunalityCode().equals(body.code()))
                .map(commune -> new CommunesView.Entry(commune.name(), commune.postalCode(), Paths.commune(commune.inseeCode()),
                        liveShops.getOrDefault(commune.inseeCode(), 0L)))
                .toList();
        return new CommunesView.Group(body.code(), body.name(), entries,
                entries.stream().mapToLong(CommunesView.Entry::liveShops).sum());
    }

    private void commune(Context ctx) {
        String insee = ctx.pathParam("insee");
        Commune commune = marketplace.territory().commune(insee).orElseThrow(() -> NotFoundException.of("commune", insee));
        Page page = pages.page(ctx);
        CategoryTones tones = CategoryTones.of(marketplace.catalogue().categories());
        List<ShopCard> shops = marketplace.merchants().find(MerchantFilter.live().inCommune(insee)).stream()
                .map(merchant -> ShopCard.of(merchant, commune.name(), tones, pictures)).toList();
        SearchResult products = marketplace.search().search(SearchQuery.all().withCommunes(Set.of(insee))
                .withSort(SortOrder.NEWEST).withPage(0, PRODUCTS_SHOWN).withFacets(false));
        String body = marketplace.territory().intercommunalities().stream()
                .filter(i -> i.code().equals(commune.intercommunalityCode())).map(Intercommunality::name).findFirst().orElse("");
        PageFactory.render(ctx, "catalogue/commune.jte", new CommuneView(page, commune.name(), commune.postalCode(), body, shops,
                products.total(), products.items().stream().map(doc -> ProductCard.of(doc, tones, pictures)).toList(),
                "/recherche?" + SearchForm.COMMUNE + "=" + Paths.encodeQuery(insee),
                List.of(new Crumb(page.t("nav.home"), "/"), new Crumb(page.t("nav.communes"), "/communes"),
                        new Crumb(commune.name(), Paths.commune(insee)))));
    }
}

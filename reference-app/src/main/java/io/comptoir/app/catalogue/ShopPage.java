package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** {@code /boutiques/{id}-{slug}}: a live shop's page with its products. */
public final class ShopPage {
    static final int PRODUCTS_PER_PAGE = 12;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final PictureSources pictures;

    public ShopPage(Marketplace marketplace, PageFactory pages, PictureSources pictures) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/boutiques/{ref}", this::shop, AccessRole.ANYONE);
    }

    private void shop(Context ctx) {
        String text = ctx.pathParam("ref");
        PageRef ref = PageRef.parse(text).orElseThrow(() -> NotFoundException.of("merchant", text));
        Merchant merchant = marketplace.merchants().merchant(new MerchantId(ref.id())).filter(Merchant::isVisibleToShoppers)
                .orElseThrow(() -> NotFoundException.of("merchant", ref.id()));
        String canonical = Paths.shop(merchant.id(), merchant.slug());
        if (!ref.slug().equals(merchant.slug())) {
            ctx.redirect(canonical + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Page page = pages.page(ctx);
        int pageNumber = new QueryParams(ctx).integer("page", 1, 1, SearchForm.MAX_PAGE);
        SearchResult products = marketplace.search().search(SearchQuery.all().withMerchants(Set.of(merchant.id()))
                .withSort(SortOrder.NEWEST).withPage(pageNumber - 1, PRODUCTS_PER_PAGE).withFacets(false));
        List<Category> all = marketplace.catalogue().categories();
        CategoryTones tones = CategoryTones.of(all);
        Commune commune = marketplace.territory().commune(merchant.address().communeInsee())
                .orElseThrow(() -> NotFoundException.of("commune", merchant.address().communeInsee()));
        List<Crumb> categories = merchant.categories().stream().map(tones::category).flatMap(Optional::stream)
                .map(c -> new Crumb(c.name(), Paths.category(c.slug()))).toList();
        ShopCard card = ShopCard.of(merchant, commune.name(), tones, pictures);
        PageFactory.render(ctx, "catalogue/shop.jte", new ShopView(page, merchant.name(), merchant.trade(),
                ProductPage.paragraphs(merchant.description()),
                merchant.photo().map(pictures::of),
                card.tone(), card.initial(), merchant.address().street(), merchant.address().postalCode(), commune.name(),
                Paths.commune(commune.inseeCode()), HoursTable.of(merchant.openingHours(), marketplace.localNow(), page),
                present(merchant.contact().phone()), present(merchant.contact().email()), website(merchant.contact().website()),
                categories, products.total(), products.items().stream().map(doc -> ProductCard.of(doc, tones, pictures)).toList(),
                Pager.of(pageNumber, Math.max(1, products.pageCount()), number -> canonical + (number > 1 ? "?page=" + number : "")),
                List.of(new Crumb(page.t("nav.home"), "/"), new Crumb(page.t("nav.shops"), "/boutiques"),
                        new Crumb(merchant.name(), canonical)),
                page.absolute(canonical)));
    }

    private static Optional<String> present(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** Only http(s) addresses become links: a shop must not be able to plant a {@code javascript:} link. */
    static Optional<String> website(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return Optional.of(trimmed);
        }
        if (!lower.contains(":") && lower.matches("[a-z0-9.-]+\\.[a-z]{2,}(/.*)?")) {
            return Optional.of("https://" + trimmed);
        }
        return Optional.empty();
    }
}

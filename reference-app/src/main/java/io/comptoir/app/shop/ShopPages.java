package io.comptoir.app.shop;

import io.comptoir.app.Marketplace;
import io.comptoir.app.shop.ShopDirectoryView.Choice;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.RouteRole;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@code /boutiques}: the directory of live shops, and each shop's page with its products. */
public final class ShopPages {
    static final int SHOPS_PER_PAGE = 24;
    static final int PRODUCTS_PER_PAGE = 12;

    private final Marketplace marketplace;
    private final PageFactory pages;

    public ShopPages(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/boutiques", this::directory, RouteRole.ANYONE);
        routes.get("/boutiques/{ref}", this::shop, RouteRole.ANYONE);
    }

    private void directory(Context ctx) {
        Page page = pages.page(ctx);
        QueryParams params = new QueryParams(ctx);
        Optional<String> commune = params.text("commune");
        commune.ifPresent(code -> {
            if (!code.matches("[0-9][0-9AB][0-9]{3}")) {
                throw InvalidInputException.invalid("commune", "not a commune code: " + code);
            }
        });
        List<Long> categoryIds = params.ids("categorie");
        Optional<CategoryId> category = categoryIds.stream().findFirst().map(CategoryId::new);
        int pageNumber = params.integer("page", 1, 1, SearchForm.MAX_PAGE);
        MerchantFilter filter = MerchantFilter.live();
        filter = commune.map(filter::inCommune).orElse(filter);
        filter = category.map(filter::inCategory).orElse(filter);
        int total = marketplace.merchants().count(filter);
        List<Merchant> shops = marketplace.merchants().find(filter.page((pageNumber - 1) * SHOPS_PER_PAGE, SHOPS_PER_PAGE));
        List<Category> all = marketplace.catalogue().categories();
        CategoryTones tones = CategoryTones.of(all);
        Map<String, Commune> communes = communeIndex();
        List<Choice> communeChoices = marketplace.territory().communes().stream()
                .map(c -> new Choice(c.inseeCode(), c.name(), commune.equals(Optional.of(c.inseeCode())), 0)).toList();
        List<Choice> categoryChoices = categoryChoices(all, category);
        Pager pager = Pager.of(pageNumber, Math.max(1, (total + SHOPS_PER_PAGE - 1) / SHOPS_PER_PAGE),
                number -> directoryUrl(commune, category, number));
        PageFactory.render(ctx, "shops.jte", new ShopDirectoryView(page, communeChoices, categoryChoices,
                commune.isPresent() || category.isPresent(), total,
                shops.stream().map(shop -> ShopCard.of(shop, communeName(communes, shop), tones)).toList(), pager));
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
        ShopCard card = ShopCard.of(merchant, commune.name(), tones);
        PageFactory.render(ctx, "shop.jte", new ShopView(page, merchant.name(), merchant.trade(),
                ProductPage.paragraphs(merchant.description()),
                merchant.photo().map(photo -> new ProductView.Picture(Paths.asset(photo.assetKey()), photo.altText())),
                card.tone(), card.initial(), merchant.address().street(), merchant.address().postalCode(), commune.name(),
                Paths.commune(commune.inseeCode()), HoursTable.of(merchant.openingHours(), Paris.now(marketplace.clock()), page),
                present(merchant.contact().phone()), present(merchant.contact().email()), website(merchant.contact().website()),
                categories, products.total(), products.items().stream().map(doc -> ProductCard.of(doc, tones)).toList(),
                Pager.of(pageNumber, Math.max(1, products.pageCount()), number -> canonical + (number > 1 ? "?page=" + number : "")),
                List.of(new Crumb(page.t("nav.home"), "/"), new Crumb(page.t("nav.shops"), "/boutiques"),
                        new Crumb(merchant.name(), canonical)),
                page.absolute(canonical)));
    }

    private static List<Choice> categoryChoices(List<Category> all, Optional<CategoryId> selected) {
        Map<Optional<CategoryId>, List<Category>> byParent = all.stream().collect(Collectors.groupingBy(Category::parentId));
        List<Choice> choices = new ArrayList<>();
        addChoices(Optional.empty(), 0, byParent, selected, choices);
        return choices;
    }

    private static void addChoices(Optional<CategoryId> parent, int depth, Map<Optional<CategoryId>, List<Category>> byParent,
                                   Optional<CategoryId> selected, List<Choice> choices) {
        for (Category category : byParent.getOrDefault(parent, List.of())) {
            choices.add(new Choice(category.id().toString(), category.name(), selected.equals(Optional.of(category.id())), depth));
            addChoices(Optional.of(category.id()), depth + 1, byParent, selected, choices);
        }
    }

    private static String directoryUrl(Optional<String> commune, Optional<CategoryId> category, int number) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        commune.ifPresent(code -> query.add("commune=" + Paths.encodeQuery(code)));
        category.ifPresent(id -> query.add("categorie=" + id));
        if (number > 1) {
            query.add("page=" + number);
        }
        return "/boutiques" + query;
    }

    private Map<String, Commune> communeIndex() {
        return marketplace.territory().communes().stream().collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
    }

    static String communeName(Map<String, Commune> communes, Merchant merchant) {
        Commune commune = communes.get(merchant.address().communeInsee());
        return commune == null ? merchant.address().communeInsee() : commune.name();
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

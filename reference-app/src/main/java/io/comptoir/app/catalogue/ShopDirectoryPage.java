package io.comptoir.app.catalogue;

import io.comptoir.app.catalogue.ShopDirectoryView.Choice;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@code /boutiques}: the directory of live shops, filterable by commune and category. */
public final class ShopDirectoryPage {
    static final int SHOPS_PER_PAGE = 24;

    private final Marketplace marketplace;
    private final PageFactory pages;
    private final PictureSources pictures;

    public ShopDirectoryPage(Marketplace marketplace, PageFactory pages, PictureSources pictures) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/boutiques", this::directory, AccessRole.ANYONE);
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
        PageFactory.render(ctx, "catalogue/shops.jte", new ShopDirectoryView(page, communeChoices, categoryChoices,
                commune.isPresent() || category.isPresent(), total,
                shops.stream().map(shop -> ShopCard.of(shop, communeName(communes, shop), tones, pictures)).toList(), pager));
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
}

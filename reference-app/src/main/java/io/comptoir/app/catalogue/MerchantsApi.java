package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/merchants}: the live shops, filtered by commune and category, ordered by name. */
public final class MerchantsApi {
    static final int DEFAULT_SIZE = 50;

    private final Marketplace marketplace;
    private final Links links;

    public MerchantsApi(Marketplace marketplace, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.links = requireNonNull(links, "links is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/merchants", this::list, AccessRole.ANYONE);
        routes.get("/api/v1/merchants/{id}", this::merchant, AccessRole.ANYONE);
    }

    private void list(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        MerchantFilter filter = MerchantFilter.live();
        List<String> communes = params.all("commune");
        if (communes.size() > 1) {
            throw InvalidInputException.invalid("commune", "give at most one commune");
        }
        if (!communes.isEmpty()) {
            filter = filter.inCommune(ApiSearchParameters.communes(communes).iterator().next());
        }
        List<Long> categories = params.ids("category");
        if (categories.size() > 1) {
            throw InvalidInputException.invalid("category", "give at most one category");
        }
        if (!categories.isEmpty()) {
            filter = filter.inCategory(new CategoryId(categories.get(0)));
        }
        int page = params.integer("page", 0, 0, ApiSearchParameters.MAX_PAGE);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        int total = marketplace.merchants().count(filter);
        List<Merchant> merchants = marketplace.merchants().find(filter.page(page * size, size));
        Map<CategoryId, Category> categoryIndex = categoryIndex();
        Map<String, Commune> communeIndex = TerritoryApi.communeIndex(marketplace);
        ctx.json(new MerchantJson.ShopPage(merchants.stream()
                .map(merchant -> shop(merchant, communeIndex.get(merchant.address().communeInsee()), categoryIndex))
                .toList(), total, page, size));
    }

    private void merchant(Context ctx) {
        MerchantId id = new MerchantId(PathIds.id(ctx));
        Merchant merchant = marketplace.merchants().merchant(id).filter(Merchant::isVisibleToShoppers)
                .orElseThrow(() -> NotFoundException.of("merchant", id));
        ctx.json(shop(merchant, ProductsApi.communeOf(marketplace, merchant), categoryIndex()));
    }

    private MerchantJson.Shop shop(Merchant merchant, Commune commune, Map<CategoryId, Category> categories) {
        Commune known = commune != null ? commune : ProductsApi.communeOf(marketplace, merchant);
        return MerchantJson.Shop.of(merchant, known,
                merchant.categories().stream().map(categories::get).filter(Objects::nonNull).toList(), links);
    }

    private Map<CategoryId, Category> categoryIndex() {
        return marketplace.catalogue().categories().stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }
}

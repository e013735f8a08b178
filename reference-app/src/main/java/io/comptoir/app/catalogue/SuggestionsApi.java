package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.search.SearchSuggestions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code GET /api/v1/search/suggestions?q=}: what the search box proposes while the shopper types (products, shops,
 * categories; by the beginnings of their names, else within a typo). Read by the site's search box script; answers
 * are the same for everyone, so shared caches may keep them a minute.
 */
public final class SuggestionsApi {
    static final String PATH = "/api/v1/search/suggestions";
    static final int DEFAULT_LIMIT = 6;

    private final Marketplace marketplace;
    private final Links links;

    public SuggestionsApi(Marketplace marketplace, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.links = requireNonNull(links, "links is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::suggestions, AccessRole.ANYONE);
    }

    private void suggestions(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String text = params.text("q", ApiSearchParameters.MAX_TEXT).orElse("");
        int limit = params.integer("limit", DEFAULT_LIMIT, 1, SearchSuggestions.MAX_LIMIT);
        SearchSuggestions found = text.isEmpty() ? SearchSuggestions.none(text) : marketplace.search().suggest(text, limit);
        ctx.header("Cache-Control", "public, max-age=60");
        ctx.json(SuggestionsJson.of(found, this::categoryUrl, links));
    }

    private Optional<String> categoryUrl(SearchSuggestions.CategorySuggestion category) {
        return marketplace.catalogue().category(category.categoryId()).map(Category::slug).map(Paths::category);
    }

    /** The answer: each kind best first; {@code url}s are absolute when the public address is known. */
    public record SuggestionsJson(String text, List<ProductJson> products, List<ShopJson> shops, List<CategoryJson> categories) {

        interface CategoryUrls {
            Optional<String> url(SearchSuggestions.CategorySuggestion category);
        }

        static SuggestionsJson of(SearchSuggestions found, CategoryUrls categoryUrls, Links links) {
            return new SuggestionsJson(found.text(),
                    found.products().stream().map(p -> new ProductJson(p.productId().value(), p.name(),
                            links.to(Paths.product(p.productId(), p.slug())), p.merchantName(), p.otherShops())).toList(),
                    found.shops().stream().map(s -> new ShopJson(s.merchantId().value(), s.name(),
                            links.to(Paths.shop(s.merchantId(), s.slug())), s.communeName())).toList(),
                    found.categories().stream().flatMap(c -> categoryUrls.url(c).stream()
                            .map(url -> new CategoryJson(c.categoryId().value(), c.name(), links.to(url)))).toList());
        }
    }

    /** @param otherShops how many other shops sell the identical product */
    public record ProductJson(long id, String name, String url, String shop, int otherShops) {
    }

    public record ShopJson(long id, String name, String url, String commune) {
    }

    public record CategoryJson(long id, String name, String url) {
    }
}

package io.comptoir.app.catalogue;

import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SortOrder;
import io.javalin.http.Context;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code GET /api/v1/products}'s parameters into a {@link SearchQuery}: {@code q}, repeated {@code commune},
 * {@code category} and {@code merchant}, {@code minPrice}/{@code maxPrice} in minor units, {@code inStock},
 * {@code sort}, zero-based {@code page} and {@code size}. Each malformed value is a 400 naming its parameter.
 */
final class ApiSearchParameters {
    /** Deep pages cost the index a lot and nobody reads them: 10 000 pages of 100 is the whole demo ten times over. */
    static final int MAX_PAGE = 10_000;
    static final String INSEE_PATTERN = "[0-9][0-9AB][0-9]{3}";
    /** Longer texts are no search a person types, and each word costs the index a clause. */
    static final int MAX_TEXT = 200;

    private ApiSearchParameters() {
    }

    static SearchQuery read(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        OptionalLong minPrice = params.nonNegative("minPrice");
        OptionalLong maxPrice = params.nonNegative("maxPrice");
        if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.getAsLong() > maxPrice.getAsLong()) {
            throw InvalidInputException.invalid("minPrice", "minPrice " + minPrice.getAsLong() + " is above maxPrice " + maxPrice.getAsLong());
        }
        return new SearchQuery(
                params.text("q", MAX_TEXT).orElse(""),
                communes(params.all("commune")),
                params.ids("category").stream().map(CategoryId::new).collect(Collectors.toCollection(LinkedHashSet::new)),
                params.ids("merchant").stream().map(MerchantId::new).collect(Collectors.toCollection(LinkedHashSet::new)),
                minPrice,
                maxPrice,
                params.bool("inStock", false),
                sort(params),
                params.integer("page", 0, 0, MAX_PAGE),
                params.integer("size", SearchQuery.DEFAULT_SIZE, 1, SearchQuery.MAX_SIZE),
                true);
    }

    static Set<String> communes(List<String> codes) {
        for (String code : codes) {
            if (!code.matches(INSEE_PATTERN)) {
                throw InvalidInputException.invalid("commune", "commune must be an INSEE code such as 62765, got '" + code + "'");
            }
        }
        return new LinkedHashSet<>(codes);
    }

    private static SortOrder sort(QueryParams params) {
        return params.text("sort").map(text -> SortOrder.fromParameter(text).orElseThrow(() -> InvalidInputException.invalid("sort",
                "sort must be one of relevance, price_asc, price_desc, newest, got '" + text + "'"))).orElse(SortOrder.RELEVANCE);
    }
}

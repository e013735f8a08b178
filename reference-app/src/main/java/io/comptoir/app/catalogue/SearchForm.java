package io.comptoir.app.catalogue;

import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.PriceBand;
import io.comptoir.engine.api.search.SearchQuery;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The state of a product search page as its address carries it, in French: {@code q}, repeated {@code commune},
 * {@code categorie} and {@code boutique}, {@code prix} (a price band), {@code stock=1}, {@code tri}, and {@code page}
 * from 1. It reads the address, makes the engine query, and writes the addresses of the links that change it.
 *
 * @param action the page's path, where the filter form is sent
 * @param scope the category a category page is limited to (not in the address: it is the page itself)
 */
public record SearchForm(String action, String text, List<String> communes, List<Long> categories, List<Long> merchants,
                         Optional<PriceBand> price, boolean inStock, SortChoice sort, int page, Optional<CategoryId> scope) {

    public static final String TEXT = "q";
    public static final String COMMUNE = "commune";
    public static final String CATEGORY = "categorie";
    public static final String MERCHANT = "boutique";
    public static final String PRICE = "prix";
    public static final String IN_STOCK = "stock";
    public static final String SORT = "tri";
    public static final String PAGE = "page";
    static final int MAX_PAGE = 1_000;
    static final int PAGE_SIZE = 24;
    static final int MAX_TEXT = 200;

    public SearchForm {
        requireNonNull(action, "action is null");
        requireNonNull(text, "text is null");
        communes = List.copyOf(communes);
        categories = List.copyOf(categories);
        merchants = List.copyOf(merchants);
        requireNonNull(price, "price is null");
        requireNonNull(sort, "sort is null");
        requireNonNull(scope, "scope is null");
    }

    /** @throws InvalidInputException naming the parameter when one is malformed (a 400 page) */
    public static SearchForm read(Context ctx, String action, Optional<CategoryId> scope) {
        QueryParams params = new QueryParams(ctx);
        List<String> communes = params.all(COMMUNE);
        communes.forEach(code -> {
            if (!code.matches("[0-9][0-9AB][0-9]{3}")) {
                throw InvalidInputException.invalid(COMMUNE, "not a commune code: " + code);
            }
        });
        Optional<PriceBand> price = params.text(PRICE).map(value -> PriceBand.fromValue(value)
                .orElseThrow(() -> InvalidInputException.invalid(PRICE, "not a price band: " + value)));
        SortChoice sort = params.text(SORT).map(value -> SortChoice.fromParameter(value)
                .orElseThrow(() -> InvalidInputException.invalid(SORT, "not a sort order: " + value))).orElse(SortChoice.RELEVANCE);
        boolean inStock = params.text(IN_STOCK).map(value -> switch (value) {
            case "1", "true", "on" -> true;
            case "0", "false" -> false;
            default -> throw InvalidInputException.invalid(IN_STOCK, "stock must be 1 or 0");
        }).orElse(false);
        return new SearchForm(action, params.text(TEXT, MAX_TEXT).orElse(""), communes, params.ids(CATEGORY), params.ids(MERCHANT),
                price, inStock, sort, params.integer(PAGE, 1, 1, MAX_PAGE), scope);
    }

    /** The form without the selected categories that are not in {@code allowed} (a category page's subtree). */
    public SearchForm withinCategories(Set<CategoryId> allowed) {
        return new SearchForm(action, text, communes, categories.stream().filter(id -> allowed.contains(new CategoryId(id))).toList(),
                merchants, price, inStock, sort, page, scope);
    }

    /** The engine query for this page of results. */
    public SearchQuery query() {
        Set<CategoryId> categoryFilter = categories.stream().map(CategoryId::new).collect(Collectors.toCollection(LinkedHashSet::new));
        if (categoryFilter.isEmpty()) {
            scope.ifPresent(categoryFilter::add);
        }
        OptionalLong min = price.map(band -> OptionalLong.of(band.fromCents())).orElse(OptionalLong.empty());
        OptionalLong max = price.filter(band -> band.toCents() != Long.MAX_VALUE)
                .map(band -> OptionalLong.of(band.toCents() - 1)).orElse(OptionalLong.empty());
        return new SearchQuery(text, new LinkedHashSet<>(communes), categoryFilter,
                merchants.stream().map(MerchantId::new).collect(Collectors.toCollection(LinkedHashSet::new)),
                min, max, inStock, sort.order(), page - 1, PAGE_SIZE, true);
    }

    public boolean hasFilters() {
        return !communes.isEmpty() || !categories.isEmpty() || !merchants.isEmpty() || price.isPresent() || inStock;
    }

    /** Whether the value is selected, for checked boxes. */
    public boolean isSelected(String parameter, String value) {
        return switch (parameter) {
            case COMMUNE -> communes.contains(value);
            case CATEGORY -> categories.stream().anyMatch(id -> Long.toString(id).equals(value));
            case MERCHANT -> merchants.stream().anyMatch(id -> Long.toString(id).equals(value));
            case PRICE -> price.map(band -> band.value().equals(value)).orElse(false);
            case IN_STOCK -> inStock;
            default -> false;
        };
    }

    public String url() {
        return urlOf(parameters(), page);
    }

    public String pageUrl(int number) {
        return urlOf(parameters(), number);
    }

    /** The address with one filter value removed, back on the first page. */
    public String without(String parameter, String value) {
        List<Map.Entry<String, String>> kept = new ArrayList<>(parameters());
        kept.removeIf(entry -> entry.getKey().equals(parameter) && (value == null || entry.getValue().equals(value)));
        return urlOf(kept, 1);
    }

    /** The address with another text, the filters kept, back on the first page ("did you mean"). */
    public String withText(String other) {
        List<Map.Entry<String, String>> kept = new ArrayList<>(parameters());
        kept.removeIf(entry -> entry.getKey().equals(TEXT));
        kept.add(0, Map.entry(TEXT, other));
        return urlOf(kept, 1);
    }

    /** The address with the text only: every filter removed. */
    public String withoutFilters() {
        return text.isBlank() ? action : urlOf(List.of(Map.entry(TEXT, text)), 1);
    }

    private List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (!text.isBlank()) {
            parameters.add(Map.entry(TEXT, text));
        }
        communes.forEach(code -> parameters.add(Map.entry(COMMUNE, code)));
        categories.forEach(id -> parameters.add(Map.entry(CATEGORY, Long.toString(id))));
        merchants.forEach(id -> parameters.add(Map.entry(MERCHANT, Long.toString(id))));
        price.ifPresent(band -> parameters.add(Map.entry(PRICE, band.value())));
        if (inStock) {
            parameters.add(Map.entry(IN_STOCK, "1"));
        }
        if (sort != SortChoice.RELEVANCE) {
            parameters.add(Map.entry(SORT, sort.parameter()));
        }
        return parameters;
    }

    private String urlOf(List<Map.Entry<String, String>> parameters, int pageNumber) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach(entry -> query.add(Paths.encodeQuery(entry.getKey()) + "=" + Paths.encodeQuery(entry.getValue())));
        if (pageNumber > 1) {
            query.add(PAGE + "=" + pageNumber);
        }
        return action + query;
    }
}

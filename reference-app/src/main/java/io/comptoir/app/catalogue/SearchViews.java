package io.comptoir.app.catalogue;

import io.comptoir.app.catalogue.SearchView.Chip;
import io.comptoir.app.catalogue.SearchView.FacetOption;
import io.comptoir.app.catalogue.SearchView.FacetView;
import io.comptoir.app.catalogue.SearchView.SortOption;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.Pager;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.search.Facet;
import io.comptoir.engine.api.search.FacetValue;
import io.comptoir.engine.api.search.PriceBand;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.territory.Commune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** Builds a {@link SearchView} from a form and the engine's results: facets as form options, active filters as chips. */
final class SearchViews {
    private final Marketplace marketplace;
    private final PictureSources pictures;

    SearchViews(Marketplace marketplace, PictureSources pictures) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
    }

    /**
     * @param scope on a category page, the categories of its subtree: the category facet offers only them, as counts
     *        of the others (drill sideways) would lead out of the page
     */
    SearchView build(Page page, SearchForm form, SearchResult result, CategoryTones tones, String heading, List<Crumb> breadcrumb,
                     List<Crumb> subcategories, Optional<Set<CategoryId>> scope) {
        List<FacetView> facets = new ArrayList<>();
        facet(result, Facet.CATEGORY).map(f -> scope.map(allowed -> new Facet(f.name(), f.values().stream()
                        .filter(value -> allowed.contains(new CategoryId(Long.parseLong(value.value())))).toList())).orElse(f))
                .ifPresent(f -> facets.add(multi(page, form, SearchForm.CATEGORY, "search.facet.category", f,
                        value -> tones.category(new CategoryId(Long.parseLong(value))).map(c -> c.name()).orElse(value))));
        facet(result, Facet.COMMUNE).ifPresent(f -> facets.add(multi(page, form, SearchForm.COMMUNE, "search.facet.commune", f,
                this::communeName)));
        facet(result, Facet.MERCHANT).ifPresent(f -> facets.add(multi(page, form, SearchForm.MERCHANT, "search.facet.merchant", f,
                this::merchantName)));
        facets.add(priceFacet(page, form, facet(result, Facet.PRICE)));
        facets.add(stockFacet(page, form, facet(result, Facet.IN_STOCK)));
        Pager pager = Pager.of(form.page(), Math.max(1, result.pageCount()), form::pageUrl);
        List<SortOption> sorts = Arrays.stream(SortChoice.values())
                .map(choice -> new SortOption(choice.parameter(), page.t(choice.labelKey()), choice == form.sort())).toList();
        return new SearchView(page, form, heading, breadcrumb, subcategories, result.total(),
                result.items().stream().map(doc -> ProductCard.of(doc, tones, pictures, result.sameProductElsewhere(doc.productId()))).toList(),
                facets, chips(page, form, facets), pager, sorts, result.searchedFor(),
                result.didYouMean().map(text -> new Crumb(text, form.withText(text))),
                result.related().stream().map(doc -> ProductCard.of(doc, tones, pictures)).toList());
    }

    private static Optional<Facet> facet(SearchResult result, String name) {
        return result.facet(name);
    }

    private FacetView multi(Page page, SearchForm form, String parameter, String legendKey, Facet facet,
                            java.util.function.Function<String, String> labelOfMissing) {
        List<FacetOption> options = new ArrayList<>();
        for (FacetValue value : facet.values()) {
            options.add(option(form, parameter, value.value(), value.label(), value.count()));
        }
        for (String selected : selectedValues(form, parameter)) {
            if (facet.values().stream().noneMatch(value -> value.value().equals(selected))) {
                options.add(0, option(form, parameter, selected, labelOfMissing.apply(selected), 0));
            }
        }
        return new FacetView(parameter, page.t(legendKey), false, options);
    }

    private static FacetView priceFacet(Page page, SearchForm form, Optional<Facet> facet) {
        List<FacetOption> options = new ArrayList<>();
        options.add(new FacetOption("", page.t("search.price.any"), -1, form.price().isEmpty(), "f-prix-tous"));
        for (PriceBand band : PriceBand.values()) {
            long count = facet.flatMap(f -> f.values().stream().filter(v -> v.value().equals(band.value())).findFirst())
                    .map(FacetValue::count).orElse(0L);
            if (count > 0 || form.price().equals(Optional.of(band))) {
                options.add(option(form, SearchForm.PRICE, band.value(), page.t("price.band." + band.name()), count));
            }
        }
        return new FacetView(SearchForm.PRICE, page.t("search.facet.price"), true, options);
    }

    private static FacetView stockFacet(Page page, SearchForm form, Optional<Facet> facet) {
        long inStock = facet.flatMap(f -> f.values().stream().filter(v -> v.value().equals("true")).findFirst())
                .map(FacetValue::count).orElse(0L);
        return new FacetView(SearchForm.IN_STOCK, page.t("search.facet.stock"), false,
                List.of(new FacetOption("1", page.t("search.stock.only"), inStock, form.inStock(), "f-stock-1")));
    }

    private static FacetOption option(SearchForm form, String parameter, String value, String label, long count) {
        return new FacetOption(value, label, count, form.isSelected(parameter, value),
                "f-" + parameter + "-" + value.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private static List<String> selectedValues(SearchForm form, String parameter) {
        return switch (parameter) {
            case SearchForm.COMMUNE -> form.communes();
            case SearchForm.CATEGORY -> form.categories().stream().map(String::valueOf).toList();
            case SearchForm.MERCHANT -> form.merchants().stream().map(String::valueOf).toList();
            default -> List.of();
        };
    }

    private static List<Chip> chips(Page page, SearchForm form, List<FacetView> facets) {
        List<Chip> chips = new ArrayList<>();
        for (FacetView facet : facets) {
            for (FacetOption option : facet.options()) {
                if (option.selected() && !option.value().isEmpty()) {
                    chips.add(new Chip(option.label(), form.without(facet.parameter(), option.value())));
                }
            }
        }
        if (!form.text().isBlank()) {
            chips.add(0, new Chip(page.t("search.chip.text", form.text()), form.without(SearchForm.TEXT, null)));
        }
        return chips;
    }

    private String communeName(String insee) {
        return marketplace.territory().commune(insee).map(Commune::name).orElse(insee);
    }

    private String merchantName(String id) {
        return marketplace.merchants().merchant(new MerchantId(Long.parseLong(id))).filter(Merchant::isVisibleToShoppers).map(Merchant::name).orElse(id);
    }
}

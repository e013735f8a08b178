package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.Pager;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A page of product results with its filters: the search page, a category page.
 *
 * @param heading the page's h1
 * @param subcategories on a category page, links to its children
 * @param chips the active filters, each with the address that removes it
 * @param correctedTo the text the results are for when the shopper's was read as another ("choclat" as "chocolat")
 * @param didYouMean when nothing matches: a close text that would, with the address of its results
 * @param related products of the same categories shown after a short list
 */
public record SearchView(Page page, SearchForm form, String heading, List<Crumb> breadcrumb, List<Crumb> subcategories,
                         long total, List<ProductCard> cards, List<FacetView> facets, List<Chip> chips, Pager pager,
                         List<SortOption> sorts, Optional<String> correctedTo, Optional<Crumb> didYouMean,
                         List<ProductCard> related) {

    public SearchView {
        requireNonNull(page, "page is null");
        requireNonNull(form, "form is null");
        requireNonNull(heading, "heading is null");
        breadcrumb = List.copyOf(breadcrumb);
        subcategories = List.copyOf(subcategories);
        cards = List.copyOf(cards);
        facets = List.copyOf(facets);
        chips = List.copyOf(chips);
        requireNonNull(pager, "pager is null");
        sorts = List.copyOf(sorts);
        requireNonNull(correctedTo, "correctedTo is null");
        requireNonNull(didYouMean, "didYouMean is null");
        related = List.copyOf(related);
    }

    /** How many filters are chosen, shown on the phone's "Filtres" button. */
    public long chosenFilters() {
        return facets.stream().flatMap(facet -> facet.options().stream()).filter(option -> option.selected() && !option.value().isEmpty()).count();
    }

    /** One filter dimension of the form; {@code single} ones are radio buttons (a price band). */
    public record FacetView(String parameter, String legend, boolean single, List<FacetOption> options) {
        /** How many options show before the rest fold under "more". */
        public static final int SHOWN = 8;

        public List<FacetOption> shown() {
            return options.size() <= SHOWN + 2 ? options : options.subList(0, SHOWN);
        }

        public List<FacetOption> folded() {
            return options.size() <= SHOWN + 2 ? List.of() : options.subList(SHOWN, options.size());
        }
    }

    /** @param inputId the id of its input, for its label */
    public record FacetOption(String value, String label, long count, boolean selected, String inputId) {
    }

    public record Chip(String label, String removeUrl) {
    }

    public record SortOption(String value, String label, boolean selected) {
    }
}

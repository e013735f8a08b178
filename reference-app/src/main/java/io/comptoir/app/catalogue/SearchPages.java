package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.search.SearchResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** {@code /recherche} and {@code /categories/{slug}}: product results with filters, sort and pages. */
public final class SearchPages {
    private final Marketplace marketplace;
    private final PageFactory pages;
    private final PictureSources pictures;
    private final SearchViews views;

    public SearchPages(Marketplace marketplace, PageFactory pages, PictureSources pictures) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.pictures = requireNonNull(pictures, "pictures is null");
        this.views = new SearchViews(marketplace, pictures);
    }

    public void register(RoutesConfig routes) {
        routes.get("/recherche", this::search, AccessRole.ANYONE);
        routes.get("/categories/{slug}", this::category, AccessRole.ANYONE);
    }

    private void search(Context ctx) {
        Page page = pages.page(ctx);
        SearchForm form = SearchForm.read(ctx, "/recherche", Optional.empty());
        SearchResult result = marketplace.search().search(form.query());
        String heading = form.text().isBlank() ? page.t("search.heading.all")
                : page.t("search.heading.text", result.searchedFor().orElse(form.text()));
        List<Crumb> breadcrumb = List.of(new Crumb(page.t("nav.home"), "/"), new Crumb(page.t("nav.products"), "/recherche"));
        PageFactory.render(ctx, "catalogue/search.jte", views.build(page, form, result, tones(), heading, breadcrumb, List.of(),
                Optional.empty()));
    }

    private void category(Context ctx) {
        Page page = pages.page(ctx);
        Category category = marketplace.catalogue().categoryBySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> NotFoundException.of("category", ctx.pathParam("slug")));
        Set<CategoryId> subtree = new HashSet<>(marketplace.catalogue().subtree(category.id()));
        SearchForm form = SearchForm.read(ctx, Paths.category(category.slug()), Optional.of(category.id())).withinCategories(subtree);
        SearchResult result = marketplace.search().search(form.query());
        List<Category> all = marketplace.catalogue().categories();
        List<Crumb> breadcrumb = new ArrayList<>();
        breadcrumb.add(new Crumb(page.t("nav.home"), "/"));
        marketplace.catalogue().path(category.id())
                .forEach(step -> breadcrumb.add(new Crumb(step.name(), Paths.category(step.slug()))));
        List<Crumb> children = all.stream().filter(child -> child.parentId().equals(Optional.of(category.id())))
                .map(child -> new Crumb(child.name(), Paths.category(child.slug()))).toList();
        PageFactory.render(ctx, "catalogue/search.jte",
                views.build(page, form, result, CategoryTones.of(all), category.name(), breadcrumb, children, Optional.of(subtree)));
    }

    private CategoryTones tones() {
        return CategoryTones.of(marketplace.catalogue().categories());
    }
}

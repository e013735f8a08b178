package io.comptoir.app.catalogue;

import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.web.Page;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The home page: its words and banner, search, the category families, the featured shops, the newest products and the
 * territory's figures.
 */
public record HomeView(Page page, TerritoryContent.HomeWords words, List<CategoryTile> categories, List<ShopCard> featured,
                       List<ProductCard> newest, Figures figures) {

    public HomeView {
        requireNonNull(page, "page is null");
        requireNonNull(words, "words is null");
        categories = List.copyOf(categories);
        featured = List.copyOf(featured);
        newest = List.copyOf(newest);
        requireNonNull(figures, "figures is null");
    }

    /** @param products how many products shoppers can see in the category and its descendants */
    public record CategoryTile(String name, String url, int tone, long products) {
    }

    /**
     * The marketplace in numbers, read live.
     *
     * @param shopsInTraining shops being onboarded (training, first products)
     */
    public record Figures(long liveShops, long shopsInTraining, long productsOnline, long communes) {
    }
}

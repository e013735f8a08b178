package io.comptoir.app.catalogue;

import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;

import java.util.Optional;

/**
 * A product in a grid of results.
 *
 * @param priceVaries whether variants have different prices ("à partir de")
 * @param tone the colour of the placeholder drawn when there is no picture
 */
public record ProductCard(String url, String name, String merchantName, String communeName, String categoryName,
                          Money price, boolean priceVaries, boolean inStock, Optional<String> imageUrl, String imageAlt,
                          int tone) {

    public static ProductCard of(SearchDocument doc, CategoryTones tones) {
        return new ProductCard(Paths.product(doc.productId(), doc.slug()), doc.name(), doc.merchantName(), doc.communeName(),
                doc.categoryName(), doc.minPrice(), !doc.minPrice().equals(doc.maxPrice()), doc.inStock(),
                doc.imageKey().map(Paths::asset), doc.imageAlt(), tones.of(doc.categoryId()));
    }
}

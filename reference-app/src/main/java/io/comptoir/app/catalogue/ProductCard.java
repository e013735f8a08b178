package io.comptoir.app.catalogue;

import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A product in a grid of results.
 *
 * @param priceVaries whether variants have different prices ("à partir de")
 * @param tone the colour of the placeholder drawn when there is no picture
 * @param elsewhere the identical product at other shops, folded under this one on a search page ("aussi chez…")
 */
public record ProductCard(String url, String name, String merchantName, String communeName, String categoryName,
                          Money price, boolean priceVaries, boolean inStock, Optional<Picture> picture, int tone,
                          List<Elsewhere> elsewhere) {

    public ProductCard {
        requireNonNull(picture, "picture is null");
        elsewhere = List.copyOf(elsewhere);
    }

    /** The same product at another shop. */
    public record Elsewhere(String url, String merchantName, String communeName, Money price) {
        static Elsewhere of(SearchDocument doc) {
            return new Elsewhere(Paths.product(doc.productId(), doc.slug()), doc.merchantName(), doc.communeName(), doc.minPrice());
        }
    }

    public static ProductCard of(SearchDocument doc, CategoryTones tones, PictureSources pictures) {
        return of(doc, tones, pictures, List.of());
    }

    public static ProductCard of(SearchDocument doc, CategoryTones tones, PictureSources pictures, List<SearchDocument> elsewhere) {
        return new ProductCard(Paths.product(doc.productId(), doc.slug()), doc.name(), doc.merchantName(), doc.communeName(),
                doc.categoryName(), doc.minPrice(), !doc.minPrice().equals(doc.maxPrice()), doc.inStock(),
                doc.imageKey().map(key -> pictures.of(key, doc.imageAlt())), tones.of(doc.categoryId()),
                elsewhere.stream().map(Elsewhere::of).toList());
    }
}

package io.comptoir.app.shop;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.money.Money;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A product page.
 *
 * @param description paragraphs of the shop's text
 * @param tone and {@code categoryName}: what the placeholder shows when there is no picture
 * @param canonicalUrl the absolute address, for the canonical link and structured data
 */
public record ProductView(Page page, String name, List<String> description, List<Picture> pictures, int tone,
                          String categoryName, Money minPrice, Money maxPrice, boolean inStock, List<VariantLine> variants, ShopBlock shop, List<Crumb> breadcrumb,
                          String canonicalUrl, List<ProductCard> related) {

    public ProductView {
        requireNonNull(page, "page is null");
        requireNonNull(name, "name is null");
        description = List.copyOf(description);
        pictures = List.copyOf(pictures);
        variants = List.copyOf(variants);
        requireNonNull(shop, "shop is null");
        breadcrumb = List.copyOf(breadcrumb);
        related = List.copyOf(related);
    }

    public boolean priceVaries() {
        return !minPrice.equals(maxPrice);
    }

    public record Picture(String url, String alt) {
    }

    /** @param label the options ("Taille : 42"), empty for a product without options */
    public record VariantLine(String label, String sku, Money price, int stock, StockLevel level) {
    }

    /** The shop selling the product, as its page shows it. */
    public record ShopBlock(String name, String trade, String url, String street, String postalCode, String communeName,
                            String communeUrl, boolean openNow, boolean hasHours) {
    }
}

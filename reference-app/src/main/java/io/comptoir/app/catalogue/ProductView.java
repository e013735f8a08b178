package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.cart.CartService;
import io.comptoir.engine.api.money.Money;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A product page.
 *
 * @param description paragraphs of the shop's text
 * @param tone and {@code categoryName}: what the placeholder shows when there is no picture
 * @param canonicalUrl the absolute address, for the canonical link and structured data
 * @param path the page's own path, where a refused add to the cart comes back to
 * @param cartError why the last add to the cart was refused, in words, or an empty text
 */
public record ProductView(Page page, String name, List<String> description, List<Picture> pictures, int tone,
                          String categoryName, Money minPrice, Money maxPrice, boolean inStock, List<VariantLine> variants, ShopBlock shop, List<Crumb> breadcrumb,
                          String canonicalUrl, List<ProductCard> related, String path, String cartError) {

    public ProductView {
        requireNonNull(page, "page is null");
        requireNonNull(name, "name is null");
        description = List.copyOf(description);
        pictures = List.copyOf(pictures);
        variants = List.copyOf(variants);
        requireNonNull(shop, "shop is null");
        breadcrumb = List.copyOf(breadcrumb);
        related = List.copyOf(related);
        requireNonNull(path, "path is null");
        requireNonNull(cartError, "cartError is null");
    }

    /** The variants that can be added to the cart now. */
    public List<VariantLine> buyable() {
        return variants.stream().filter(variant -> variant.stock() > 0).toList();
    }

    /** Whether the shopper picks a variant (several, or one with options). */
    public boolean choosesVariant() {
        return variants.size() > 1 || !variants.get(0).label().isEmpty();
    }

    /** The most units of one variant the quantity field allows. */
    public int maxQuantity() {
        return Math.min(CartService.MAX_QUANTITY,
                buyable().stream().mapToInt(VariantLine::stock).max().orElse(1));
    }

    public boolean priceVaries() {
        return !minPrice.equals(maxPrice);
    }

    /** @param label the options ("Taille : 42"), empty for a product without options */
    public record VariantLine(long id, String label, String sku, Money price, int stock, StockLevel level) {
    }

    /** The shop selling the product, as its page shows it. */
    public record ShopBlock(String name, String trade, String url, String street, String postalCode, String communeName,
                            String communeUrl, boolean openNow, boolean hasHours) {
    }
}

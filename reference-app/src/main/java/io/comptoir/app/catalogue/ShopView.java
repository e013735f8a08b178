package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.Pager;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shop's page.
 *
 * @param website the shop's site, only when it is an http(s) address (never a {@code javascript:} link)
 */
public record ShopView(Page page, String name, String trade, List<String> description, Optional<Picture> photo,
                       int tone, String initial, String street, String postalCode, String communeName, String communeUrl,
                       HoursTable hours, Optional<String> phone, Optional<String> email, Optional<String> website,
                       List<Crumb> categories, long productCount, List<ProductCard> products, Pager pager,
                       List<Crumb> breadcrumb, String canonicalUrl) {

    public ShopView {
        requireNonNull(page, "page is null");
        description = List.copyOf(description);
        categories = List.copyOf(categories);
        products = List.copyOf(products);
        breadcrumb = List.copyOf(breadcrumb);
    }

    /** The phone number as a {@code tel:} address: digits and a leading plus only. */
    public Optional<String> phoneLink() {
        return phone.map(number -> "tel:" + number.replaceAll("[^0-9+]", ""));
    }
}

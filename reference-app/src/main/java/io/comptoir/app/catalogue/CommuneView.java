package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One commune: its shops and its newest products. */
public record CommuneView(Page page, String name, String postalCode, String intercommunality, List<ShopCard> shops,
                          long productCount, List<ProductCard> products, String allProductsUrl, List<Crumb> breadcrumb) {

    public CommuneView {
        requireNonNull(page, "page is null");
        shops = List.copyOf(shops);
        products = List.copyOf(products);
        breadcrumb = List.copyOf(breadcrumb);
    }
}

package io.comptoir.app.merchant;

import io.comptoir.app.web.Pager;
import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.Optional;

/**
 * A shop's products, hidden ones included, with their stock editable in place.
 *
 * @param importUrl the page that imports the shop's products from a spreadsheet
 */
public record ProductListView(BackOfficeFrame frame, int total, List<Item> items, int pageNumber, Pager pager, String newUrl, String importUrl) {
    public ProductListView {
        items = List.copyOf(items);
    }

    public record Item(long id, String name, String url, Optional<String> picture, String pictureAlt, String category,
                       boolean hidden, String price, String visibilityUrl, List<Stock> stocks) {
        public Item {
            stocks = List.copyOf(stocks);
        }
    }

    public record Stock(long variantId, String label, String sku, int stock, String url) {
    }
}

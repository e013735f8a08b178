package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.Pager;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The directory of live shops, filterable by commune and category. */
public record ShopDirectoryView(Page page, List<Choice> communes, List<Choice> categories, boolean filtered, int total,
                                List<ShopCard> shops, Pager pager) {

    public ShopDirectoryView {
        requireNonNull(page, "page is null");
        communes = List.copyOf(communes);
        categories = List.copyOf(categories);
        shops = List.copyOf(shops);
        requireNonNull(pager, "pager is null");
    }

    /** An option of a select; {@code depth} indents subcategories. */
    public record Choice(String value, String label, boolean selected, int depth) {
        public String indentedLabel() {
            return "\u00a0\u00a0".repeat(depth) + label;
        }
    }
}

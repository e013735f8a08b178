package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.Optional;

/**
 * The product form page.
 *
 * @param editing false for a new product
 * @param imageUrl where pictures are sent (empty for a new product: pictures come after the first save)
 * @param publicUrl the product's page on the site, while shoppers can see it
 * @param alt the picture description typed before a refused upload
 */
public record ProductFormView(BackOfficeFrame frame, boolean editing, ProductForm form, List<CategoryChoice> categories,
                              String action, List<Picture> pictures, String imageUrl, boolean hidden, String visibilityUrl,
                              Optional<String> publicUrl, String listUrl, String alt) {
    public ProductFormView {
        categories = List.copyOf(categories);
        pictures = List.copyOf(pictures);
    }

    public record CategoryChoice(String value, String name, int depth, boolean selected) {
        /** The name indented by its depth in the tree, for a flat select. */
        public String indented() {
            return "\u00a0\u00a0\u00a0".repeat(depth) + name;
        }
    }

    public record Picture(String url, String alt, String key) {
    }

    /** The form field name of a variant row's field. */
    public String field(int row, String name) {
        return "variant." + row + "." + name;
    }

    /** The id of a variant row's input. */
    public String id(int row, String name) {
        return "v" + row + "-" + name.replace('.', '-');
    }
}

package io.comptoir.app.catalogue;

import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The colour family of each category: every root category of the tree gets one of {@link #TONES} tones in order,
 * and its descendants inherit it. Pictures missing a photo and category tiles are drawn in that tone (CSS classes
 * {@code tone-0} … {@code tone-5}), so shoppers learn to recognise the families at a glance.
 */
public final class CategoryTones {
    public static final int TONES = 6;

    private final Map<CategoryId, Integer> tones;
    private final Map<CategoryId, Category> categories;

    private CategoryTones(Map<CategoryId, Integer> tones, Map<CategoryId, Category> categories) {
        this.tones = tones;
        this.categories = categories;
    }

    /** @param all every category, roots first then by position, as the catalogue lists them */
    public static CategoryTones of(List<Category> all) {
        Map<CategoryId, Category> byId = new HashMap<>();
        all.forEach(category -> byId.put(category.id(), category));
        Map<CategoryId, Integer> rootTones = new HashMap<>();
        all.stream().filter(Category::isRoot).forEach(root -> rootTones.put(root.id(), rootTones.size() % TONES));
        Map<CategoryId, Integer> tones = new HashMap<>();
        for (Category category : all) {
            Category root = category;
            int depth = 0;
            while (root.parentId().isPresent() && byId.containsKey(root.parentId().get()) && depth++ < all.size()) {
                root = byId.get(root.parentId().get());
            }
            tones.put(category.id(), rootTones.getOrDefault(root.id(), 0));
        }
        return new CategoryTones(tones, byId);
    }

    public int of(CategoryId category) {
        return tones.getOrDefault(category, 0);
    }

    /** The tone of the first category of a list (a shop's categories), 0 when the list is empty. */
    public int ofFirst(List<CategoryId> categories) {
        return categories.isEmpty() ? 0 : of(categories.get(0));
    }

    public Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }
}

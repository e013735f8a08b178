package io.comptoir.app.importing;

import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a category as a spreadsheet names it: by its slug in the territory's {@code categories.json}, by the catalogue's
 * slug, or by its name (capitals and accents aside). A name two categories share is refused: give the slug.
 */
public final class CategoryNames {
    private final Map<String, CategoryId> bySlug = new HashMap<>();
    private final Map<String, List<CategoryId>> byName = new HashMap<>();

    public CategoryNames(List<Category> catalogue, TerritoryFolder territory) {
        for (Category category : catalogue) {
            bySlug.put(category.slug(), category.id());
            byName.computeIfAbsent(key(category.name()), any -> new ArrayList<>()).add(category.id());
        }
        territory.categories().forEach(node -> folderSlugs(node, Optional.empty(), catalogue));
    }

    private void folderSlugs(TerritoryFolder.CategoryNode node, Optional<CategoryId> parent, List<Category> catalogue) {
        catalogue.stream().filter(category -> category.parentId().equals(parent) && category.name().equals(node.name())).findFirst()
                .ifPresent(category -> {
                    bySlug.putIfAbsent(node.slug(), category.id());
                    node.children().forEach(child -> folderSlugs(child, Optional.of(category.id()), catalogue));
                });
    }

    /** The category, or why not. */
    public Lookup find(String text) {
        String given = text.strip();
        CategoryId slug = bySlug.get(given.toLowerCase(Locale.ROOT));
        if (slug != null) {
            return new Lookup(Optional.of(slug), "");
        }
        List<CategoryId> named = byName.getOrDefault(key(given), List.of());
        if (named.size() == 1) {
            return new Lookup(Optional.of(named.get(0)), "");
        }
        return new Lookup(Optional.empty(), named.isEmpty() ? "no category “" + given + "” in the territory’s tree"
                : "several categories are named “" + given + "”: give the slug of the one you mean");
    }

    /** @param problem why none was found */
    public record Lookup(Optional<CategoryId> category, String problem) {
    }

    private static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

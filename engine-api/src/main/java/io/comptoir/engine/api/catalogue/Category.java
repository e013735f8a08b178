package io.comptoir.engine.api.catalogue;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A node of the catalogue's category tree, e.g. "Mode et chaussures" › "Chaussures".
 *
 * @param parentId the parent category, empty for a root
 * @param slug URL-friendly unique name
 * @param position order among its siblings
 */
public record Category(CategoryId id, Optional<CategoryId> parentId, String slug, String name, int position) {
    public Category {
        requireNonNull(id, "id is null");
        requireNonNull(parentId, "parentId is null");
        requireNonNull(slug, "slug is null");
        requireNonNull(name, "name is null");
    }

    public boolean isRoot() {
        return parentId.isEmpty();
    }
}

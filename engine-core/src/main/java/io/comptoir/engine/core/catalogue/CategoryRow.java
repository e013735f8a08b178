package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;

import java.util.Optional;

/** A row of {@code category}. */
public record CategoryRow(long id, Long parentId, String slug, String name, int position) {
    Category toCategory() {
        return new Category(new CategoryId(id), Optional.ofNullable(parentId).map(CategoryId::new), slug, name, position);
    }
}

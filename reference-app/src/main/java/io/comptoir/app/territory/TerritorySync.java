package io.comptoir.app.territory;

import io.comptoir.app.territory.TerritoryFolder.CategoryNode;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.api.territory.Territory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Brings the marketplace's database in line with the territory's folder at every start: its intercommunalities and
 * communes (added or replaced by code), and the categories of its tree the catalogue lacks (found by parent and name,
 * so a second start adds nothing). Nothing is deleted: a commune or category dropped from the folder may still hold
 * shops and products.
 */
public final class TerritorySync {
    private static final Logger log = LoggerFactory.getLogger(TerritorySync.class);
    private static final Actor FOLDER = Actor.system("territory");

    private final Territory territory;
    private final Catalogue catalogue;

    public TerritorySync(Territory territory, Catalogue catalogue) {
        this.territory = requireNonNull(territory, "territory is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    /** Applies the folder; answers the catalogue's category of each slug of the folder's tree. */
    public Map<String, CategoryId> apply(TerritoryFolder folder) {
        for (Intercommunality body : folder.bodies()) {
            territory.saveIntercommunality(body);
        }
        for (Commune commune : folder.communes()) {
            territory.saveCommune(commune);
        }
        List<Category> existing = catalogue.categories();
        Map<String, CategoryId> bySlug = new HashMap<>();
        int[] created = {0};
        folder.categories().forEach(node -> category(node, Optional.empty(), existing, bySlug, created));
        log.info("Territory {}: {} communes, {} categories ({} new)", folder.slug(), folder.communes().size(), bySlug.size(), created[0]);
        return Map.copyOf(bySlug);
    }

    private void category(CategoryNode node, Optional<CategoryId> parent, List<Category> existing, Map<String, CategoryId> bySlug, int[] created) {
        Category category = existing.stream().filter(known -> known.parentId().equals(parent) && known.name().equals(node.name())).findFirst()
                .orElseGet(() -> {
                    created[0]++;
                    return catalogue.createCategory(parent, node.name(), FOLDER);
                });
        bySlug.put(node.slug(), category.id());
        node.children().forEach(child -> category(child, Optional.of(category.id()), existing, bySlug, created));
    }
}

package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.search.SearchDocument;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facet values of the whole index: communes, merchants, categories, and "placements", the distinct pairs of a
 * category and the path leading to it. A document carries one slot per dimension; its placement gives both its own
 * category (the category facet) and its ancestors (the category filter) without storing a path per document.
 *
 * <p>The writer {@link #register registers} documents under the index's write lock, then {@link #publish publishes}
 * a snapshot before the searcher that can see those documents is opened: a search that takes the snapshot after its
 * searcher therefore knows every slot its segments hold.
 */
final class FacetDictionary {

    private final Collator collator = Collator.getInstance(Locale.FRENCH);
    private final ValueTable communes = new ValueTable(collator);
    private final ValueTable merchants = new ValueTable(collator);
    private final ValueTable categories = new ValueTable(collator);
    private final Map<Placement, Integer> placements = new HashMap<>();
    private final List<int[]> placementPaths = new ArrayList<>();
    private final List<Integer> placementCategories = new ArrayList<>();
    private final Map<String, DictionarySnapshot.Shop> shops = new HashMap<>();
    private boolean shopsChanged = true;
    private volatile DictionarySnapshot snapshot;

    FacetDictionary() {
        publish();
    }

    /** Slots of one document, for the columns the writer adds to it. */
    record Slots(int commune, int merchant, int placement) {
    }

    /** Writer only. */
    Slots register(SearchDocument document) {
        int commune = communes.register(document.communeInsee(), document.communeName());
        int merchant = merchants.register(document.merchantId().toString(), document.merchantName());
        DictionarySnapshot.Shop shop = new DictionarySnapshot.Shop(document.merchantId(), document.merchantName(),
                document.merchantSlug(), document.communeName());
        if (!shop.equals(shops.put(document.merchantId().toString(), shop))) {
            shopsChanged = true;
        }
        int category = categories.register(document.categoryId().toString(), document.categoryName());
        Placement key = new Placement(document.categoryId(), document.categoryPath());
        Integer placement = placements.get(key);
        if (placement == null) {
            // the own category is matched even if a malformed path omits it
            int[] path = new int[document.categoryPath().size() + 1];
            for (int i = 0; i < path.length - 1; i++) {
                path[i] = categories.registerKeepingLabel(document.categoryPath().get(i).toString());
            }
            path[path.length - 1] = category;
            placement = placementPaths.size();
            placementPaths.add(path);
            placementCategories.add(category);
            placements.put(key, placement);
        }
        return new Slots(commune, merchant, placement);
    }

    /** Writer only: makes what was registered visible to searches. */
    void publish() {
        DictionarySnapshot previous = snapshot;
        int[] placementCategory = new int[placementCategories.size()];
        for (int i = 0; i < placementCategory.length; i++) {
            placementCategory[i] = placementCategories.get(i);
        }
        snapshot = new DictionarySnapshot(
                communes.entries(previous == null ? null : previous.communes()),
                merchants.entries(previous == null ? null : previous.merchants()),
                categories.entries(previous == null ? null : previous.categories()),
                placementCategory,
                placementPaths.toArray(int[][]::new),
                shopsChanged || previous == null ? List.copyOf(shops.values()) : previous.shops());
        shopsChanged = false;
    }

    DictionarySnapshot snapshot() {
        return snapshot;
    }

    private record Placement(CategoryId category, List<CategoryId> path) {
    }
}

package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;

/**
 * What a search knows of the facet values: labels by slot, and for each placement its category and the categories
 * of its path, the category itself included; and the shops the index has seen, for suggestions.
 */
record DictionarySnapshot(
        ValueTable.Entries communes,
        ValueTable.Entries merchants,
        ValueTable.Entries categories,
        int[] placementCategory,
        int[][] placementPath,
        List<Shop> shops) {

    /** A shop as its products' documents describe it. */
    record Shop(MerchantId id, String name, String slug, String communeName) {
    }

    int placementCount() {
        return placementCategory.length;
    }
}

package io.comptoir.engine.core.search.lucene;

/**
 * What a search knows of the facet values: labels by slot, and for each placement its category and the categories
 * of its path, the category itself included.
 */
record DictionarySnapshot(
        ValueTable.Entries communes,
        ValueTable.Entries merchants,
        ValueTable.Entries categories,
        int[] placementCategory,
        int[][] placementPath) {

    int placementCount() {
        return placementCategory.length;
    }
}

package io.comptoir.engine.core.search.lucene;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one facet dimension, each with a dense slot number that documents carry in a doc-values column, so
 * that counting is indexing an array. Slots are never reused: a value keeps its slot for the life of the index, and
 * a value no document holds any more simply counts zero. Its label is the one of the last document written.
 *
 * <p>Written only by the index's writer (under its lock); read by searches through {@link Entries} snapshots and
 * {@link #slotOf}.
 */
final class ValueTable {

    private final ConcurrentHashMap<String, Integer> slots = new ConcurrentHashMap<>();
    private final List<String> values = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<CollationKey> sortKeys = new ArrayList<>();
    private final Collator collator;
    private boolean changed = true;

    ValueTable(Collator collator) {
        this.collator = collator;
    }

    /** The value's slot, allotted on first sight; the label replaces the previous one. */
    int register(String value, String label) {
        Integer slot = slots.get(value);
        if (slot == null) {
            return add(value, label);
        }
        if (!labels.get(slot).equals(label)) {
            labels.set(slot, label);
            sortKeys.set(slot, collator.getCollationKey(label));
            changed = true;
        }
        return slot;
    }

    /** The value's slot, allotted on first sight with the value as a provisional label; an existing label is kept. */
    int registerKeepingLabel(String value) {
        Integer slot = slots.get(value);
        return slot == null ? add(value, value) : slot;
    }

    private int add(String value, String label) {
        int slot = values.size();
        values.add(value);
        labels.add(label);
        sortKeys.add(collator.getCollationKey(label));
        slots.put(value, slot);
        changed = true;
        return slot;
    }

    /** The value's slot, or -1; safe from any thread. The slot may be beyond a snapshot taken earlier. */
    int slotOf(String value) {
        Integer slot = slots.get(value);
        return slot == null ? -1 : slot;
    }

    /** The current values and labels, sharing the previous copy when nothing changed. */
    Entries entries(Entries previous) {
        if (!changed && previous != null) {
            return previous;
        }
        changed = false;
        return new Entries(this, values.toArray(String[]::new), labels.toArray(String[]::new), sortKeys.toArray(CollationKey[]::new));
    }

    /** An immutable copy of the table's values, labels and their collation keys, indexed by slot. */
    static final class Entries {
        private final ValueTable table;
        final String[] values;
        final String[] labels;
        final CollationKey[] sortKeys;

        private Entries(ValueTable table, String[] values, String[] labels, CollationKey[] sortKeys) {
            this.table = table;
            this.values = values;
            this.labels = labels;
            this.sortKeys = sortKeys;
        }

        int size() {
            return values.length;
        }

        /** The slot of the value if it is in this snapshot, or -1. */
        int slotOf(String value) {
            int slot = table.slotOf(value);
            return slot < values.length ? slot : -1;
        }
    }
}

package io.comptoir.engine.core.search.lucene;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Search text as index terms.
 *
 * @param stems the distinct stems of the words that are not stop words, in text order, the last word's last
 * @param prefix the last word, folded but not stemmed, when it may be an unfinished word worth completing
 *        (not a stop word, {@value FrenchTextAnalysis#MIN_PREFIX} to {@value FrenchTextAnalysis#MAX_PREFIX} characters);
 *        {@code null} otherwise
 */
record QueryWords(List<String> stems, String prefix) {

    QueryWords {
        stems = List.copyOf(requireNonNull(stems, "stems is null"));
    }

    /** No searchable word: the text was empty, punctuation or stop words only. */
    boolean isEmpty() {
        return stems.isEmpty();
    }

    boolean hasPrefix() {
        return prefix != null;
    }
}

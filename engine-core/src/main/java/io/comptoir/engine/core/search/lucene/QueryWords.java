package io.comptoir.engine.core.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Search text as index terms.
 *
 * @param text the text the words were read from (normalised, bounded): corrections are spelled into it
 * @param words the words that are not stop words, one per stem, in text order (a repeated stem at its last place)
 * @param prefix the last word, folded but not stemmed, when it may be an unfinished word worth completing
 *        (not a stop word, {@value FrenchTextAnalysis#MIN_PREFIX} to {@value FrenchTextAnalysis#MAX_PREFIX} characters);
 *        {@code null} otherwise
 */
record QueryWords(String text, List<Word> words, String prefix) {

    /**
     * One word of the text.
     *
     * @param stem folded and stemmed, as the text fields hold it
     * @param exact lower-cased with its accents, as typed
     * @param folded lower-cased without accents, unstemmed
     * @param start where the word begins in the text
     * @param end where it ends
     */
    record Word(String stem, String exact, String folded, int start, int end) {
    }

    QueryWords {
        requireNonNull(text, "text is null");
        words = List.copyOf(requireNonNull(words, "words is null"));
    }

    /** The stems of the words, in order. */
    List<String> stems() {
        return words.stream().map(Word::stem).toList();
    }

    /** No searchable word: the text was empty, punctuation or stop words only. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    boolean hasPrefix() {
        return prefix != null;
    }

    /**
     * These words with some replaced (by position in {@link #words}): the corrected word's stem, exact and folded
     * forms become the replacement's, and the text spells it in place of the typed one. The last word, replaced,
     * is no longer taken as a beginning.
     */
    QueryWords replacing(Map<Integer, Word> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        List<Word> replaced = new ArrayList<>(words);
        StringBuilder corrected = new StringBuilder(text);
        int shift = 0;
        for (int i = 0; i < words.size(); i++) {
            Word replacement = replacements.get(i);
            Word typed = words.get(i);
            if (replacement == null) {
                replaced.set(i, new Word(typed.stem(), typed.exact(), typed.folded(), typed.start() + shift, typed.end() + shift));
                continue;
            }
            corrected.replace(typed.start() + shift, typed.end() + shift, replacement.exact());
            int start = typed.start() + shift;
            shift += replacement.exact().length() - (typed.end() - typed.start());
            replaced.set(i, new Word(replacement.stem(), replacement.exact(), replacement.folded(), start, start + replacement.exact().length()));
        }
        boolean lastReplaced = replacements.containsKey(words.size() - 1);
        return new QueryWords(corrected.toString(), replaced, lastReplaced ? null : prefix);
    }
}

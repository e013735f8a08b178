package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Optional;

/**
 * Typo tolerance: the word of the index's dictionary ({@link IndexFields#WORDS}: the folded words of names,
 * categories and shop names) closest to a word the index does not hold. "Close" is Elasticsearch's
 * {@code fuzziness: AUTO} as shoppers need it: no edit for words under five letters (too many short words are one
 * edit apart), one edit from five letters, two from eight; an edit is an inserted, deleted, replaced or swapped
 * letter. Among candidates the fewest edits win, then the most frequent word (the shopper more likely meant a word
 * many products use), then alphabetical order, so a correction is stable.
 */
final class Corrections {

    /** Shortest word corrected with one edit, and with two. */
    static final int ONE_EDIT_FROM = 5;
    static final int TWO_EDITS_FROM = 8;

    private Corrections() {
    }

    /** Edits allowed for a word of this length when correcting it automatically. */
    static int automaticEdits(int length) {
        return length >= TWO_EDITS_FROM ? 2 : length >= ONE_EDIT_FROM ? 1 : 0;
    }

    /**
     * Edits allowed when only suggesting ("did you mean"), nothing having matched: one more than automatically,
     * from three letters, at most two.
     */
    static int suggestionEdits(int length) {
        return length < 3 ? 0 : Math.min(2, automaticEdits(length) + 1);
    }

    /** The closest dictionary word within {@code maxEdits}, other than the word itself. */
    static Optional<String> closest(IndexReader reader, String folded, int maxEdits) throws IOException {
        if (maxEdits <= 0) {
            return Optional.empty();
        }
        Terms terms = MultiTerms.getTerms(reader, IndexFields.WORDS);
        if (terms == null) {
            return Optional.empty();
        }
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(IndexFields.WORDS, folded), maxEdits, 0, true);
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        int bestFrequency = 0;
        for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
            String candidate = term.utf8ToString();
            if (candidate.equals(folded)) {
                continue;
            }
            int edits = distance(folded, candidate);
            int frequency = candidates.docFreq();
            if (edits < bestEdits || edits == bestEdits && (frequency > bestFrequency
                    || frequency == bestFrequency && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestEdits = edits;
                bestFrequency = frequency;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}

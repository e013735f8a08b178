package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of one search looked up once in every segment, for all the queries of its ladder: one terms
 * enumeration per segment and field seeks every word (creating an enumeration costs more than a seek), where each
 * term query would otherwise build its own, step after step. Also tells which words the index does not hold at all,
 * so that a step that needs them is skipped, and a word can be corrected.
 */
final class TermLookup {

    /** The fields a word must be in to match (the others only add to the score of a match). */
    static final List<String> WORD_FIELDS = List.of(IndexFields.NAME, IndexFields.CATEGORY, IndexFields.TAGS, IndexFields.DESCRIPTION,
            IndexFields.SHOP);

    private final Map<Term, TermStates> states = new HashMap<>();

    private TermLookup() {
    }

    /** Looks up every term the queries of these words may use: their stems and synonyms, exact forms and prefix. */
    static TermLookup of(IndexSearcher searcher, QueryWords words, Synonyms synonyms) throws IOException {
        Set<String> stems = new LinkedHashSet<>();
        Set<String> exact = new LinkedHashSet<>();
        for (QueryWords.Word word : words.words()) {
            stems.add(word.stem());
            stems.addAll(synonyms.of(word.stem()));
            exact.add(word.exact());
        }
        TermLookup lookup = new TermLookup();
        IndexReaderContext top = searcher.getTopReaderContext();
        List<String> stemList = new ArrayList<>(stems);
        for (String field : WORD_FIELDS) {
            lookup.lookUp(top, field, stemList);
        }
        lookup.lookUp(top, IndexFields.NAME_HEAD, stemList);
        lookup.lookUp(top, IndexFields.NAME_EXACT, new ArrayList<>(exact));
        if (words.hasPrefix()) {
            lookup.lookUp(top, IndexFields.PREFIX, List.of(words.prefix()));
        }
        return lookup;
    }

    private void lookUp(IndexReaderContext top, String field, List<String> texts) throws IOException {
        Term[] terms = new Term[texts.size()];
        TermStates[] found = new TermStates[texts.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = new Term(field, texts.get(i));
            found[i] = new TermStates(top);
            states.put(terms[i], found[i]);
        }
        for (LeafReaderContext leaf : top.leaves()) {
            Terms fieldTerms = leaf.reader().terms(field);
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum enumeration = fieldTerms.iterator();
            for (int i = 0; i < terms.length; i++) {
                BytesRef bytes = terms[i].bytes();
                if (enumeration.seekExact(bytes)) {
                    found[i].register(enumeration.termState(), leaf.ord, enumeration.docFreq(), enumeration.totalTermFreq());
                }
            }
        }
    }

    /** The term's states in every segment; only for terms of the words this lookup was made for. */
    TermStates states(Term term) {
        TermStates found = states.get(term);
        if (found == null) {
            throw new IllegalArgumentException("term not looked up: " + term);
        }
        return found;
    }

    /** Whether some document holds the term (looked up). */
    boolean holds(String field, String text) {
        TermStates found = states.get(new Term(field, text));
        return found != null && found.docFreq() > 0;
    }

    /** Whether some document holds the word (a stem) in a field searched for words. */
    boolean exists(String stem) {
        for (String field : WORD_FIELDS) {
            if (holds(field, stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some document holds the word or one of its synonyms. */
    boolean exists(String stem, Synonyms synonyms) {
        if (exists(stem)) {
            return true;
        }
        for (String synonym : synonyms.of(stem)) {
            if (exists(synonym)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some document holds a word beginning with the prefix. */
    boolean prefixExists(String prefix) {
        return holds(IndexFields.PREFIX, prefix);
    }
}

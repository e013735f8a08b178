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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one search looked up once in every segment, for all the queries of its ladder: one terms
 * enumeration per segment and field seeks every word (creating an enumeration costs more than a seek), where each
 * term query would otherwise build its own, step after step. Also tells which words the index does not hold at all,
 * so that a step that needs them is skipped.
 */
final class TermLookup {

    static final List<String> WORD_FIELDS = List.of(IndexFields.NAME, IndexFields.TAGS, IndexFields.DESCRIPTION);

    private final Map<Term, TermStates> states = new HashMap<>();

    private TermLookup() {
    }

    static TermLookup of(IndexSearcher searcher, QueryWords words) throws IOException {
        TermLookup lookup = new TermLookup();
        IndexReaderContext top = searcher.getTopReaderContext();
        for (String field : WORD_FIELDS) {
            lookup.lookUp(top, field, words.stems());
        }
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

    /** Whether some document holds the word (a stem) in a field searched for words. */
    boolean exists(String stem) {
        for (String field : WORD_FIELDS) {
            if (states.get(new Term(field, stem)).docFreq() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether some document holds a word beginning with the prefix. */
    boolean prefixExists(String prefix) {
        TermStates found = states.get(new Term(IndexFields.PREFIX, prefix));
        return found != null && found.docFreq() > 0;
    }
}

package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Lucene queries of search text from its analysed {@link QueryWords}, never by parsing the text, so that
 * no character a shopper types is query syntax.
 *
 * <p>A word matches if any field holds it (name; keywords, category and shop name; description); its score is the
 * best field's, boosted by field (a word in the name counts most, one in the description least), plus a little of
 * the others'. The queries are tried in order until
 * one finds something:
 * <ol>
 *   <li>every word, as typed (stemmed): precise;</li>
 *   <li>every word, the last one also as the beginning of a word ({@code chaus} finds "chaussures"), when the text
 *       was perhaps cut while typing;</li>
 *   <li>any word (the last one also as a beginning): a long query never gives an empty page, products matching
 *       more words rank first.</li>
 * </ol>
 * Word beginnings are only tried when whole words found nothing, so they never drown precise matches
 * ({@code vin} does not also list "vinaigre").
 */
final class TextQueries {

    private static final float NAME_BOOST = 3f;
    private static final float TAGS_BOOST = 1.5f;
    private static final float DESCRIPTION_BOOST = 0.6f;
    private static final float PREFIX_BOOST = 1f;
    private static final float TIE_BREAKER = 0.1f;

    private TextQueries() {
    }

    /**
     * The queries to try in order; empty when there is no word. A step that needs a word the index does not hold
     * at all is left out, since it cannot match.
     */
    static List<Query> ladder(QueryWords words, TermLookup lookup) {
        List<Query> ladder = new ArrayList<>(3);
        if (words.isEmpty()) {
            return ladder;
        }
        List<String> stems = words.stems();
        boolean allButLastExist = true;
        for (int i = 0; i < stems.size() - 1; i++) {
            allButLastExist &= lookup.exists(stems.get(i));
        }
        boolean lastExists = lookup.exists(stems.get(stems.size() - 1));
        if (allButLastExist && lastExists) {
            ladder.add(combine(words, lookup, BooleanClause.Occur.MUST, false));
        }
        if (words.hasPrefix() && allButLastExist && (lastExists || lookup.prefixExists(words.prefix()))) {
            ladder.add(combine(words, lookup, BooleanClause.Occur.MUST, true));
        }
        if (stems.size() > 1) {
            ladder.add(combine(words, lookup, BooleanClause.Occur.SHOULD, words.hasPrefix()));
        }
        if (ladder.isEmpty()) {
            // nothing can match: still one query, so that the result is computed (empty) like any other
            ladder.add(combine(words, lookup, BooleanClause.Occur.MUST, false));
        }
        return ladder;
    }

    private static Query combine(QueryWords words, TermLookup lookup, BooleanClause.Occur occur, boolean lastAsPrefix) {
        List<String> stems = words.stems();
        if (stems.size() == 1) {
            return word(stems.get(0), lastAsPrefix ? words.prefix() : null, lookup);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < stems.size(); i++) {
            boolean last = i == stems.size() - 1;
            query.add(word(stems.get(i), last && lastAsPrefix ? words.prefix() : null, lookup), occur);
        }
        return query.build();
    }

    private static Query word(String stem, String prefix, TermLookup lookup) {
        List<Query> fields = new ArrayList<>(4);
        fields.add(term(IndexFields.NAME, stem, NAME_BOOST, lookup));
        fields.add(term(IndexFields.TAGS, stem, TAGS_BOOST, lookup));
        fields.add(term(IndexFields.DESCRIPTION, stem, DESCRIPTION_BOOST, lookup));
        if (prefix != null) {
            fields.add(term(IndexFields.PREFIX, prefix, PREFIX_BOOST, lookup));
        }
        return new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    private static Query term(String field, String text, float boost, TermLookup lookup) {
        Term term = new Term(field, text);
        return new BoostQuery(new TermQuery(term, lookup.states(term)), boost);
    }
}

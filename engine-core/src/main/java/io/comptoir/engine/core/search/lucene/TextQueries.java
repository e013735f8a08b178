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

    /** The queries to try in order; empty when there is no word. */
    static List<Query> ladder(QueryWords words) {
        List<Query> ladder = new ArrayList<>(3);
        if (words.isEmpty()) {
            return ladder;
        }
        ladder.add(combine(words, BooleanClause.Occur.MUST, false));
        if (words.hasPrefix()) {
            ladder.add(combine(words, BooleanClause.Occur.MUST, true));
        }
        if (words.stems().size() > 1) {
            ladder.add(combine(words, BooleanClause.Occur.SHOULD, words.hasPrefix()));
        }
        return ladder;
    }

    private static Query combine(QueryWords words, BooleanClause.Occur occur, boolean lastAsPrefix) {
        List<String> stems = words.stems();
        if (stems.size() == 1) {
            return word(stems.get(0), lastAsPrefix ? words.prefix() : null);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < stems.size(); i++) {
            boolean last = i == stems.size() - 1;
            query.add(word(stems.get(i), last && lastAsPrefix ? words.prefix() : null), occur);
        }
        return query.build();
    }

    private static Query word(String stem, String prefix) {
        List<Query> fields = new ArrayList<>(4);
        fields.add(term(IndexFields.NAME, stem, NAME_BOOST));
        fields.add(term(IndexFields.TAGS, stem, TAGS_BOOST));
        fields.add(term(IndexFields.DESCRIPTION, stem, DESCRIPTION_BOOST));
        if (prefix != null) {
            fields.add(term(IndexFields.PREFIX, prefix, PREFIX_BOOST));
        }
        return new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    private static Query term(String field, String text, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, text)), boost);
    }
}

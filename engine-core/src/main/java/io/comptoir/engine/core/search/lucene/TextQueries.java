package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the Lucene queries of search text from its analysed {@link QueryWords}, never by parsing the text, so that
 * no character a shopper types is query syntax.
 *
 * <p>A word matches if a field of the product holds it or one of its synonyms: the name, the category, the tags
 * (keywords: the shop's trade, variant options; the commune) or the description. The shop's name matches as a whole:
 * a product also matches when every word is in its shop's name ({@code l'arbre à thé} lists that shop's products),
 * but one word of a shop's name does not stand for a word of the product ({@code pain au chocolat} is not a
 * chocolate tartlet of "L'Atelier du Pain"). Its score is the sum of its fields', boosted by field (name, then category,
 * then tags, then description): a word that is both in the name and the category describes the product better than
 * one in the name only (measured on the judged queries of {@code bench/relevance}: mean nDCG@10 0.91 with every field
 * in full, 0.89 with the best field and 0.3 of the others); a synonym scores a little less than the word typed. Two bonuses then order
 * matches of the same field: the word is the name's first word (in French, what the product is: "Café moulu" is
 * coffee, "Éclair au café" an éclair), and the name holds the word as typed, accents included ({@code pâtes} ranks
 * "Pâtes" before "Pâté", which it also finds). The queries are tried in order until one finds something:
 * <ol>
 *   <li>every word: precise;</li>
 *   <li>every word, the last one also as the beginning of a word ({@code chaus} finds "chaussures"), when the text
 *       was perhaps cut while typing;</li>
 *   <li>any word (the last one also as a beginning): a long query never gives an empty page, products matching
 *       more words rank first.</li>
 * </ol>
 * Word beginnings are only tried when whole words found nothing, so they never drown precise matches
 * ({@code vin} does not also list "vinaigre").
 *
 * <p>A container followed by {@code de} ({@code bouteille de vin}, {@code pot de miel}, {@code boîte de chocolats}) names
 * how the thing comes, not the thing: that word is not required and weighs little, so "a bottle of wine" finds wines
 * (whose names give their appellation, not the word bottle) before beers sold "(6 bouteilles)".
 */
final class TextQueries {

    static final float NAME_BOOST = 3f;
    static final float CATEGORY_BOOST = 2.5f;
    static final float TAGS_BOOST = 1.2f;
    static final float SHOP_BOOST = 1.2f;
    static final float DESCRIPTION_BOOST = 0.6f;
    static final float PREFIX_BOOST = 1f;
    static final float HEAD_BOOST = 1.5f;
    static final float EXACT_BOOST = 1.5f;
    static final float SYNONYM_FACTOR = 0.9f;
    static final float CONTAINER_FACTOR = 0.2f;
    /** Containers and packs, folded: before {@code de}, they say how the next word comes. */
    private static final Set<String> CONTAINERS = Set.of("bouteille", "bouteilles", "boite", "boites", "bocal", "bocaux", "pot", "pots",
            "sachet", "sachets", "paquet", "paquets", "lot", "lots", "coffret", "coffrets", "flacon", "flacons", "canette", "canettes",
            "carton", "cartons", "caisse", "caisses", "barquette", "barquettes", "tube", "tubes", "plateau", "plateaux", "panier", "paniers");
    private static final Pattern OF = Pattern.compile("\\s*(de|du|des|d['’])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELIDED_OF = Pattern.compile("d['’]", Pattern.CASE_INSENSITIVE);

    private TextQueries() {
    }

    /**
     * The queries to try in order; empty when there is no word. A step that needs a word the index does not hold
     * at all is left out, since it cannot match.
     */
    static List<Query> ladder(QueryWords words, TermLookup lookup, Synonyms synonyms) {
        List<Query> ladder = new ArrayList<>(3);
        if (words.isEmpty()) {
            return ladder;
        }
        List<QueryWords.Word> list = words.words();
        Set<Integer> containers = containers(words);
        boolean allButLastExist = true;
        for (int i = 0; i < list.size() - 1; i++) {
            allButLastExist &= containers.contains(i) || lookup.exists(list.get(i).stem(), synonyms);
        }
        boolean lastExists = lookup.exists(list.get(list.size() - 1).stem(), synonyms);
        if (allButLastExist && lastExists) {
            ladder.add(combine(words, lookup, synonyms, BooleanClause.Occur.MUST, false));
        }
        if (words.hasPrefix() && allButLastExist && (lastExists || lookup.prefixExists(words.prefix()))) {
            ladder.add(combine(words, lookup, synonyms, BooleanClause.Occur.MUST, true));
        }
        if (list.size() > 1) {
            ladder.add(combine(words, lookup, synonyms, BooleanClause.Occur.SHOULD, words.hasPrefix()));
        }
        if (ladder.isEmpty()) {
            // nothing can match: still one query, so that the result is computed (empty) like any other
            ladder.add(combine(words, lookup, synonyms, BooleanClause.Occur.MUST, false));
        }
        return ladder;
    }

    /**
     * Every word ({@code MUST}) or any ({@code SHOULD}). Every word: in the product's fields, or all in the shop's
     * name. Any word: a word of the shop's name counts as one of the product's, since that step only ranks.
     */
    private static Query combine(QueryWords words, TermLookup lookup, Synonyms synonyms, BooleanClause.Occur occur, boolean lastAsPrefix) {
        List<QueryWords.Word> list = words.words();
        Set<Integer> containers = containers(words);
        boolean any = occur == BooleanClause.Occur.SHOULD;
        BooleanQuery.Builder product = new BooleanQuery.Builder();
        BooleanQuery.Builder shop = new BooleanQuery.Builder();
        boolean shopHoldsAll = true;
        for (int i = 0; i < list.size(); i++) {
            boolean last = i == list.size() - 1;
            QueryWords.Word word = list.get(i);
            if (containers.contains(i)) {
                product.add(new BoostQuery(word(word, null, lookup, synonyms, any), CONTAINER_FACTOR), BooleanClause.Occur.SHOULD);
                continue;
            }
            product.add(word(word, last && lastAsPrefix ? words.prefix() : null, lookup, synonyms, any), occur);
            shopHoldsAll &= lookup.holds(IndexFields.SHOP, word.stem());
            shop.add(term(IndexFields.SHOP, word.stem(), SHOP_BOOST, lookup), BooleanClause.Occur.MUST);
        }
        if (any || !shopHoldsAll) {
            return product.build();
        }
        return new BooleanQuery.Builder()
                .add(product.build(), BooleanClause.Occur.SHOULD)
                .add(shop.build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The positions of the words that are a container followed by {@code de} and another word: {@code bouteille} in
     * {@code bouteille de vin}, not in {@code bouteille} alone nor in {@code vin en bouteille}.
     */
    static Set<Integer> containers(QueryWords words) {
        List<QueryWords.Word> list = words.words();
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < list.size() - 1; i++) {
            QueryWords.Word word = list.get(i);
            QueryWords.Word next = list.get(i + 1);
            String between = words.text().substring(word.end(), next.start());
            // "bouteille d'eau": the elision is part of the next word's token
            boolean elided = between.isBlank() && ELIDED_OF.matcher(words.text().substring(next.start(), next.end())).lookingAt();
            if (CONTAINERS.contains(word.folded()) && (OF.matcher(between).matches() || elided)) {
                positions.add(i);
            }
        }
        return positions;
    }

    /**
     * One word: a plain disjunction whose score is the sum of its matching clauses' (every field counts in full), the
     * bonuses (the name's first word, the word as typed) among them. The bonuses' terms are only in products whose
     * name holds the word, so they never make a product match on their own; one flat disjunction (rather than the
     * fields' disjunction required and the bonuses optional beside it) gives the same scores and lets Lucene score
     * a window of documents at a time: on a million products a three-word search matching 146 000 ran 3 to 4 times
     * slower nested.
     */
    private static Query word(QueryWords.Word word, String prefix, TermLookup lookup, Synonyms synonyms, boolean withShop) {
        BooleanQuery.Builder clauses = new BooleanQuery.Builder();
        addStem(word.stem(), 1f, clauses, lookup);
        for (String synonym : synonyms.of(word.stem())) {
            addStem(synonym, SYNONYM_FACTOR, clauses, lookup);
        }
        if (withShop) {
            clauses.add(term(IndexFields.SHOP, word.stem(), SHOP_BOOST, lookup), BooleanClause.Occur.SHOULD);
        }
        if (prefix != null) {
            clauses.add(term(IndexFields.PREFIX, prefix, PREFIX_BOOST, lookup), BooleanClause.Occur.SHOULD);
        }
        if (lookup.holds(IndexFields.NAME_EXACT, word.exact())) {
            clauses.add(term(IndexFields.NAME_EXACT, word.exact(), EXACT_BOOST, lookup), BooleanClause.Occur.SHOULD);
        }
        return clauses.build();
    }

    private static void addStem(String stem, float factor, BooleanQuery.Builder clauses, TermLookup lookup) {
        clauses.add(term(IndexFields.NAME, stem, NAME_BOOST * factor, lookup), BooleanClause.Occur.SHOULD);
        clauses.add(term(IndexFields.CATEGORY, stem, CATEGORY_BOOST * factor, lookup), BooleanClause.Occur.SHOULD);
        clauses.add(term(IndexFields.TAGS, stem, TAGS_BOOST * factor, lookup), BooleanClause.Occur.SHOULD);
        clauses.add(term(IndexFields.DESCRIPTION, stem, DESCRIPTION_BOOST * factor, lookup), BooleanClause.Occur.SHOULD);
        if (lookup.holds(IndexFields.NAME_HEAD, stem)) {
            clauses.add(term(IndexFields.NAME_HEAD, stem, HEAD_BOOST * factor, lookup), BooleanClause.Occur.SHOULD);
        }
    }

    private static Query term(String field, String text, float boost, TermLookup lookup) {
        Term term = new Term(field, text);
        return new BoostQuery(new TermQuery(term, lookup.states(term)), boost);
    }
}

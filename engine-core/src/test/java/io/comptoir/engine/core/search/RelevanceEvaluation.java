package io.comptoir.engine.core.search;

import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * nDCG@10 of judged queries on an index holding a {@link SeedCatalogue}: each query's first page of ten, as a
 * shopper sees it (the listed products, then the related ones when the page shows some), against the best page the
 * catalogue allows. See {@code bench/relevance/README.md}.
 */
final class RelevanceEvaluation {

    static final int DEPTH = 10;

    /** One query's figure, with what the page showed. */
    record Outcome(Judgments.Query query, double ndcg, List<String> shown, String note) {
    }

    private final SeedCatalogue catalogue;
    private final SearchIndex index;
    private final Map<Long, SeedCatalogue.Entry> byProduct = new HashMap<>();

    RelevanceEvaluation(SeedCatalogue catalogue, SearchIndex index) {
        this.catalogue = catalogue;
        this.index = index;
        catalogue.entries().forEach(entry -> byProduct.put(entry.document().productId().value(), entry));
    }

    List<Outcome> evaluate(List<Judgments.Query> queries) {
        List<Outcome> outcomes = new ArrayList<>(queries.size());
        for (Judgments.Query query : queries) {
            outcomes.add(evaluate(query));
        }
        return outcomes;
    }

    static double mean(List<Outcome> outcomes) {
        return outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0);
    }

    private Outcome evaluate(Judgments.Query query) {
        double ideal = idealDcg(query);
        if (ideal == 0) {
            throw new IllegalStateException("no product of the catalogue is relevant to '" + query.text() + "': fix its rules");
        }
        // the page the marketplace shows (24 products), of which the first ten are judged
        SearchResult result = index.search(SearchQuery.text(query.text()).withFacets(false));
        double dcg = 0;
        Set<String> seen = new HashSet<>();
        List<String> shown = new ArrayList<>();
        int rank = 0;
        List<SearchDocument> page = new ArrayList<>(result.items());
        page.addAll(result.related());
        for (SearchDocument item : page.subList(0, Math.min(DEPTH, page.size()))) {
            SeedCatalogue.Entry entry = byProduct.get(item.productId().value());
            rank++;
            int grade = query.grade(entry);
            // a product identical to one listed higher brings the shopper nothing new
            if (seen.add(Judgments.sameProductKey(entry))) {
                dcg += gain(grade) / log2(rank + 1);
            }
            int others = result.sameProductElsewhere(item.productId()).size();
            shown.add(grade + " " + entry.name() + " (" + entry.shop() + (others > 0 ? ", and " + others + " other shops" : "") + ")");
        }
        return new Outcome(query, dcg / ideal, shown, note(result));
    }

    private static String note(SearchResult result) {
        List<String> notes = new ArrayList<>();
        result.searchedFor().ifPresent(text -> notes.add("results for '" + text + "'"));
        result.didYouMean().ifPresent(text -> notes.add("did you mean '" + text + "'"));
        if (!result.related().isEmpty()) {
            notes.add(result.related().size() + " related products after the " + result.items().size() + " listed");
        }
        long grouped = result.items().stream().filter(item -> !result.sameProductElsewhere(item.productId()).isEmpty()).count();
        if (grouped > 0) {
            notes.add(grouped + " of the page's products also at other shops (" + result.folded() + " folded)");
        }
        return String.join("; ", notes);
    }

    /** The best page: one product per same-product key, at its best grade, highest grades first. */
    private double idealDcg(Judgments.Query query) {
        Map<String, Integer> best = new HashMap<>();
        for (SeedCatalogue.Entry entry : catalogue.entries()) {
            int grade = query.grade(entry);
            if (grade > 0) {
                best.merge(Judgments.sameProductKey(entry), grade, Math::max);
            }
        }
        List<Integer> grades = new ArrayList<>(best.values());
        grades.sort((a, b) -> b - a);
        double dcg = 0;
        for (int i = 0; i < Math.min(DEPTH, grades.size()); i++) {
            dcg += gain(grades.get(i)) / log2(i + 2);
        }
        return dcg;
    }

    private static double gain(int grade) {
        return (1 << grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}

package io.comptoir.engine.core.search;

import io.comptoir.engine.core.search.lucene.LuceneSearchIndex;
import io.comptoir.engine.core.search.lucene.Synonyms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints nDCG@10 of each judged query and their mean, on a territory's seed files; run by {@code bench/relevance.sh}.
 * Arguments: the seed directory, the judged queries, then {@code --synonyms=<file>} (default: the seed directory's
 * {@code synonyms.txt} when there is one) and {@code --verbose} to list each query's page. Exits with 1 when the goal
 * (mean at least {@value #GOAL_MEAN}, no query below {@value #GOAL_FLOOR}) is not met.
 */
public final class RelevanceBenchmark {

    static final double GOAL_MEAN = 0.90;
    static final double GOAL_FLOOR = 0.60;

    private RelevanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RelevanceBenchmark <seed directory> <judged queries .tsv> [--verbose]");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("--verbose");
        Path seeds = Path.of(args[0]);
        Path synonymsFile = Arrays.stream(args).filter(arg -> arg.startsWith("--synonyms=")).findFirst()
                .map(arg -> Path.of(arg.substring("--synonyms=".length()))).orElse(seeds.resolve("synonyms.txt"));
        Synonyms synonyms = Files.exists(synonymsFile) ? Synonyms.read(synonymsFile) : Synonyms.none();
        SeedCatalogue catalogue = SeedCatalogue.read(seeds);
        List<Judgments.Query> queries = Judgments.read(Path.of(args[1]));
        List<RelevanceEvaluation.Outcome> outcomes;
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(synonyms)) {
            index.replaceAll(catalogue.documents().iterator());
            outcomes = new RelevanceEvaluation(catalogue, index).evaluate(queries);
        }
        System.out.printf(Locale.ROOT, "%d products, %d judged queries (%s), synonyms: %s%n%n", catalogue.entries().size(),
                queries.size(), args[1], Files.exists(synonymsFile) ? synonymsFile : "none");
        System.out.printf(Locale.ROOT, "%-8s %-28s %s%n", "nDCG@10", "query", "what the shopper means");
        for (RelevanceEvaluation.Outcome outcome : outcomes) {
            System.out.printf(Locale.ROOT, "%-8.3f %-28s %s%s%n", outcome.ndcg(), outcome.query().text(), outcome.query().intent(),
                    outcome.ndcg() < GOAL_FLOOR ? "   <-- below " + GOAL_FLOOR : "");
            if (!outcome.note().isEmpty()) {
                System.out.println("         " + outcome.note());
            }
            if (verbose) {
                outcome.shown().forEach(line -> System.out.println("           " + line));
            }
        }
        double mean = RelevanceEvaluation.mean(outcomes);
        double worst = outcomes.stream().mapToDouble(RelevanceEvaluation.Outcome::ndcg).min().orElse(0);
        boolean met = mean >= GOAL_MEAN && worst >= GOAL_FLOOR;
        System.out.printf(Locale.ROOT, "%nmean nDCG@10 %.3f, lowest %.3f: goal (mean >= %.2f, none below %.2f) %s%n",
                mean, worst, GOAL_MEAN, GOAL_FLOOR, met ? "met" : "NOT met");
        System.exit(met ? 0 : 1);
    }
}
